package org.festserver.model.medicine;

import org.festserver.model.common.Coded;
import org.festserver.model.common.Link;

/** A section of the summary of product characteristics with its link ({@code Preparatomtaleavsnitt}). */
public record SpcSection(Coded heading, Link link) {}
