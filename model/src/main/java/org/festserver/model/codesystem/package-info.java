/** Code systems ({@code Kodeverk}): one entry holds one whole code system, replaced whole on change. */
package org.festserver.model.codesystem;
