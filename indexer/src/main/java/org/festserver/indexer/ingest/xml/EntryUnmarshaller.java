package org.festserver.indexer.ingest.xml;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.ValidationEvent;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamReader;
import org.festserver.indexer.ingest.IngestStats;
import org.festserver.indexer.ingest.InvalidValueException;
import org.festserver.model.entry.Catalog;
import org.festserver.model.entry.Entry;
import org.festserver.model.entry.EntryHeader;
import org.festserver.model.entry.EntryStatus;
import org.festserver.model.entry.FestEntity;
import org.festserver.model.supply.SupplyKind;

/**
 * Unmarshals one {@code Oppf*} element with Jakarta XML Binding and maps it to a model {@link Entry}. Unknown
 * elements are skipped by the binding and counted in the read's statistics.
 */
public final class EntryUnmarshaller {
  private static final JAXBContext CONTEXT = createContext();
  private static final Pattern UNEXPECTED = Pattern.compile("unexpected element \\(uri:\"([^\"]*)\", local:\"([^\"]*)\"\\)");

  private final IngestStats stats;

  public EntryUnmarshaller(IngestStats stats) {
    this.stats = stats;
  }

  private static JAXBContext createContext() {
    try {
      return JAXBContext.newInstance(OppfXml.class);
    } catch (JAXBException e) {
      throw new IllegalStateException("the M30 binding classes are invalid", e);
    }
  }

  /**
   * Reads the entry at the reader's current start element, leaving the reader just after its end element.
   *
   * @param reader positioned on an {@code Oppf*} start element, wrapped in {@link FestNamespaces}
   * @throws JAXBException when the XML of the entry cannot be read
   * @throws EntryException when the entry is readable but invalid (missing envelope, wrong payload, bad value)
   */
  public Entry read(XMLStreamReader reader, Catalog catalog) throws JAXBException, EntryException {
    // A fresh unmarshaller per entry: the runtime stops reporting unknown elements after ten per unmarshaller.
    Unmarshaller unmarshaller = CONTEXT.createUnmarshaller();
    unmarshaller.setEventHandler(this::onEvent);
    OppfXml xml = unmarshaller.unmarshal(reader, OppfXml.class).getValue();
    return map(catalog, xml);
  }

  /** Unknown elements are reported as recoverable errors: count them and go on; stop on anything else. */
  private boolean onEvent(ValidationEvent event) {
    Matcher m = UNEXPECTED.matcher(String.valueOf(event.getMessage()));
    if (m.find()) {
      stats.countUnknownElement(m.group(1).isEmpty() ? m.group(2) : "{" + m.group(1) + "}" + m.group(2));
      return true;
    }
    return event.getSeverity() == ValidationEvent.WARNING;
  }

  private static Entry map(Catalog catalog, OppfXml x) throws EntryException {
    String entryId = Values.text(x.id);
    if (entryId == null) {
      throw new EntryException(null, "entry without Id");
    }
    if (x.status == null || Values.text(x.status.v) == null) {
      throw new EntryException(entryId, "entry without Status");
    }
    EntryStatus status;
    try {
      status = EntryStatus.fromCode(Values.text(x.status.v));
    } catch (IllegalArgumentException e) {
      throw new EntryException(entryId, e.getMessage());
    }
    EntryHeader header = new EntryHeader(entryId, Values.text(x.tidspunkt), status);
    if (status == EntryStatus.EXPIRED) {
      return new Entry(header, catalog, null); // U entries carry no payload (FORMAT.md §2)
    }
    try {
      FestEntity entity = payload(catalog, entryId, x);
      if (entity == null) {
        throw new EntryException(entryId, "active entry without a " + catalog.element() + " payload");
      }
      if (entity.key() == null) {
        throw new EntryException(entryId, entity.kind().festName() + " without its identifier");
      }
      return new Entry(header, catalog, entity);
    } catch (InvalidValueException e) {
      throw new EntryException(entryId, e.getMessage());
    }
  }

  private static FestEntity payload(Catalog catalog, String entryId, OppfXml x) {
    switch (catalog) {
      case BRANDS:
        return x.merkevare == null ? null : MedicineMapper.brand(x.merkevare);
      case PACKS:
        return x.pakning == null ? null : MedicineMapper.pack(x.pakning);
      case SUBSTANCES:
        if (x.virkestoff != null) {
          return CatalogMapper.substance(x.virkestoff);
        }
        return x.virkestoffMedStyrke == null ? null : CatalogMapper.strength(x.virkestoffMedStyrke);
      case SUBSTANCE_GROUPS:
        return x.legemiddelVirkestoff == null ? null : MedicineMapper.substanceGroup(x.legemiddelVirkestoff);
      case SUPPLIES:
        if (x.naringsmiddel != null) {
          return CatalogMapper.supply(SupplyKind.NUTRITION, x.naringsmiddel);
        }
        if (x.medForbMatr != null) {
          return CatalogMapper.supply(SupplyKind.MEDICAL_CONSUMABLE, x.medForbMatr);
        }
        return x.brystprotese == null ? null : CatalogMapper.supply(SupplyKind.BREAST_PROSTHESIS, x.brystprotese);
      case REIMBURSEMENTS:
        return x.refusjonshjemmel == null ? null : CatalogMapper.reimbursement(entryId, x.refusjonshjemmel);
      case CONDITIONS:
        return x.vilkar == null ? null : CatalogMapper.condition(x.vilkar);
      case ALERTS:
        return x.varselSlv == null ? null : CatalogMapper.alert(entryId, x.varselSlv);
      case CODE_SYSTEMS:
        return x.kodeverkInfo == null ? null : CatalogMapper.codeSystem(x.kodeverkInfo, x.kodeverkElementer);
      case INTERCHANGE_GROUPS:
        return x.byttegruppe == null ? null : CatalogMapper.interchangeGroup(x.byttegruppe);
      case UNIT_DOSES:
        return x.legemiddeldose == null ? null : MedicineMapper.unitDose(x.legemiddeldose);
      case INTERACTIONS:
        if (x.interaksjon != null) {
          return CatalogMapper.interaction(x.interaksjon);
        }
        return x.ikkeVurdert == null ? null : CatalogMapper.notAssessed(entryId, x.ikkeVurdert);
      case STRUCTURED_DOSAGES:
        return x.kortdose == null ? null : CatalogMapper.structuredDosage(entryId, x.kortdose);
      default:
        return null; // catalogs we do not serve are skipped by the reader before binding
    }
  }

  /** An entry that was read but cannot be used; names the entry id when it has one. */
  public static final class EntryException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String entryId;

    EntryException(String entryId, String message) {
      super(message);
      this.entryId = entryId;
    }

    public String entryId() {
      return entryId;
    }
  }
}
