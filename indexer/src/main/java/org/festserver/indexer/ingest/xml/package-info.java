/**
 * Jakarta XML Binding classes for one M30 entry ({@code Oppf*}) and the mappers that turn them into {@code model}
 * records. Binding classes are package-private and never leave this package: the rest of the code sees only
 * {@link org.festserver.model.entry.Entry}. Element names are matched without namespace, because the reader
 * normalises the known FEST namespaces (2.5.0 and 2.5.1, M30 and Forskrivning) and the no-namespace entries of
 * extracted files to the empty namespace before binding; elements of any other namespace stay foreign and are
 * counted as unknown.
 */
@XmlAccessorType(XmlAccessType.FIELD)
package org.festserver.indexer.ingest.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
