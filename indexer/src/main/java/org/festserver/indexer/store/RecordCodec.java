package org.festserver.indexer.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.smile.SmileFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.festserver.model.alert.Alert;
import org.festserver.model.codesystem.CodeSystem;
import org.festserver.model.condition.Condition;
import org.festserver.model.dosage.StructuredDosage;
import org.festserver.model.entry.EntityKind;
import org.festserver.model.entry.FestEntity;
import org.festserver.model.interaction.Interaction;
import org.festserver.model.interaction.NotAssessed;
import org.festserver.model.interchange.InterchangeGroup;
import org.festserver.model.medicine.Brand;
import org.festserver.model.medicine.Pack;
import org.festserver.model.medicine.SubstanceGroup;
import org.festserver.model.medicine.UnitDose;
import org.festserver.model.reimbursement.ReimbursementBasis;
import org.festserver.model.substance.Substance;
import org.festserver.model.substance.SubstanceStrength;
import org.festserver.model.supply.Supply;

/**
 * Encodes model records as Smile (binary JSON) for MapDB values and decodes them by kind. Smile keeps the store
 * readable by field name, so records may gain fields without breaking older datasets, and it avoids Java
 * serialization.
 */
public final class RecordCodec {
  private static final Map<EntityKind, Class<? extends FestEntity>> TYPES = new EnumMap<>(EntityKind.class);

  static {
    TYPES.put(EntityKind.BRAND, Brand.class);
    TYPES.put(EntityKind.PACK, Pack.class);
    TYPES.put(EntityKind.SUBSTANCE, Substance.class);
    TYPES.put(EntityKind.SUBSTANCE_STRENGTH, SubstanceStrength.class);
    TYPES.put(EntityKind.SUBSTANCE_GROUP, SubstanceGroup.class);
    TYPES.put(EntityKind.SUPPLY, Supply.class);
    TYPES.put(EntityKind.REIMBURSEMENT, ReimbursementBasis.class);
    TYPES.put(EntityKind.CONDITION, Condition.class);
    TYPES.put(EntityKind.ALERT, Alert.class);
    TYPES.put(EntityKind.CODE_SYSTEM, CodeSystem.class);
    TYPES.put(EntityKind.INTERCHANGE_GROUP, InterchangeGroup.class);
    TYPES.put(EntityKind.UNIT_DOSE, UnitDose.class);
    TYPES.put(EntityKind.INTERACTION, Interaction.class);
    TYPES.put(EntityKind.INTERACTION_NOT_ASSESSED, NotAssessed.class);
    TYPES.put(EntityKind.STRUCTURED_DOSAGE, StructuredDosage.class);
  }

  private final ObjectMapper mapper = new ObjectMapper(new SmileFactory())
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** The record class that holds entities of a kind. */
  public static Class<? extends FestEntity> typeOf(EntityKind kind) {
    return TYPES.get(kind);
  }

  public byte[] encode(FestEntity entity) {
    try {
      return mapper.writeValueAsBytes(entity);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode " + entity.kind() + " " + entity.key(), e);
    }
  }

  public <T extends FestEntity> T decode(Class<T> type, byte[] bytes) {
    try {
      return mapper.readValue(bytes, type);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot decode a stored " + type.getSimpleName(), e);
    }
  }

  public FestEntity decode(EntityKind kind, byte[] bytes) {
    return decode(typeOf(kind), bytes);
  }
}
