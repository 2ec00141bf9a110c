/** Value types shared by every catalog: coded values, quantities, money and links. */
package org.festserver.model.common;
