package org.r2p.json.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.r2p.core.MemberState;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * A kind of value that r2p writes and never reads (a review and its parts): its fields, each a
 * name and how to write it when there, in the order the published schema lists them. A field
 * may hold a value of any kind of the {@link Grammar} (a type of {@link Types}, written by its
 * one description). Names, and the names of enum constants, are quoted once
 * ({@link SerializedString}) and copied as they are into every value written.
 *
 * @param <T> the value
 */
public final class Shape<T> extends Grammar.Value<T> {
  private interface Field<T> {
    void write(JsonGenerator g, T value);
  }

  /** Each enum type's constant names, quoted once, by ordinal. */
  private static final ClassValue<SerializableString[]> CONSTANTS = new ClassValue<>() {
    @Override
    protected SerializableString[] computeValue(Class<?> type) {
      Object[] constants = type.getEnumConstants();
      SerializableString[] names = new SerializableString[constants.length];
      for (int i = 0; i < constants.length; i++) {
        names[i] = new SerializedString(((Enum<?>) constants[i]).name());
      }
      return names;
    }
  };

  private final List<Field<T>> fields = new ArrayList<>();

  /** @param schema how the published schemas describe the value */
  Shape(String schema) {
    super(schema);
  }

  /** Not read: a shape describes output only. */
  @Override
  @Nullable T read(Decoder d, Grammar.Label label) {
    throw new UnsupportedOperationException("a shape is written, never read: " + schema());
  }

  @Override
  void write(JsonGenerator g, T value) {
    g.writeStartObject();
    fields(g, value);
    g.writeEndObject();
  }

  /**
   * Writes the value's fields into an object the caller has opened.
   *
   * @param g the generator
   * @param value the value
   */
  public void fields(JsonGenerator g, T value) {
    for (Field<T> f : fields) {
      f.write(g, value);
    }
  }

  static void constant(JsonGenerator g, Enum<?> e) {
    g.writeString(CONSTANTS.get(e.getDeclaringClass())[e.ordinal()]);
  }

  Shape<T> text(String name, Function<T, String> get) {
    SerializableString key = new SerializedString(name);
    fields.add((g, v) -> {
      g.writeName(key);
      g.writeString(get.apply(v));
    });
    return this;
  }

  Shape<T> optional(String name, Function<T, Optional<String>> get) {
    SerializableString key = new SerializedString(name);
    fields.add((g, v) -> {
      Optional<String> s = get.apply(v);
      if (s.isPresent()) {
        g.writeName(key);
        g.writeString(s.get());
      }
    });
    return this;
  }

  Shape<T> name(String name, Function<T, Enum<?>> get) {
    SerializableString key = new SerializedString(name);
    fields.add((g, v) -> {
      g.writeName(key);
      constant(g, get.apply(v));
    });
    return this;
  }

  Shape<T> bool(String name, java.util.function.Predicate<T> get) {
    SerializableString key = new SerializedString(name);
    fields.add((g, v) -> {
      g.writeName(key);
      g.writeBoolean(get.test(v));
    });
    return this;
  }

  /** TRUE and FALSE as JSON booleans, UNKNOWN as null. */
  Shape<T> ternary(String name, Function<T, org.r2p.rules.Ternary> get) {
    SerializableString key = new SerializedString(name);
    fields.add((g, v) -> {
      g.writeName(key);
      switch (get.apply(v)) {
        case TRUE:
          g.writeBoolean(true);
          break;
        case FALSE:
          g.writeBoolean(false);
          break;
        default:
          g.writeNull();
      }
    });
    return this;
  }

  Shape<T> integer(String name, java.util.function.ToIntFunction<T> get) {
    SerializableString key = new SerializedString(name);
    fields.add((g, v) -> {
      g.writeName(key);
      g.writeNumber(get.applyAsInt(v));
    });
    return this;
  }

  /**
   * An ISO 8601 date. The text of the last date written is kept: a review's findings share
   * their date.
   */
  Shape<T> date(String name, Function<T, LocalDate> get) {
    SerializableString key = new SerializedString(name);
    DateText[] last = {new DateText(LocalDate.EPOCH)};
    fields.add((g, v) -> {
      LocalDate d = get.apply(v);
      DateText t = last[0];
      if (!t.date().equals(d)) {
        t = new DateText(d);
        last[0] = t;
      }
      g.writeName(key);
      g.writeString(t.text());
    });
    return this;
  }

  /** A {@code String}, a {@code Boolean} or a list of strings, as the value is. */
  Shape<T> answer(String name, Function<T, Object> get) {
    SerializableString key = new SerializedString(name);
    fields.add((g, v) -> {
      g.writeName(key);
      Object a = get.apply(v);
      if (a instanceof Boolean) {
        g.writeBoolean((Boolean) a);
      } else if (a instanceof Collection) {
        g.writeStartArray();
        for (Object s : (Collection<?>) a) {
          g.writeString(s.toString());
        }
        g.writeEndArray();
      } else {
        g.writeString(a.toString());
      }
    });
    return this;
  }

  Shape<T> texts(String name, Function<T, ? extends Collection<String>> get) {
    SerializableString key = new SerializedString(name);
    fields.add((g, v) -> {
      g.writeName(key);
      g.writeStartArray();
      for (String s : get.apply(v)) {
        g.writeString(s);
      }
      g.writeEndArray();
    });
    return this;
  }

  Shape<T> names(String name, Function<T, ? extends Collection<? extends Enum<?>>> get) {
    SerializableString key = new SerializedString(name);
    fields.add((g, v) -> {
      g.writeName(key);
      g.writeStartArray();
      for (Enum<?> e : get.apply(v)) {
        constant(g, e);
      }
      g.writeEndArray();
    });
    return this;
  }

  Shape<T> states(String name, Function<T, ? extends Collection<MemberState>> get) {
    SerializableString key = new SerializedString(name);
    fields.add((g, v) -> {
      g.writeName(key);
      g.writeStartArray();
      for (MemberState s : get.apply(v)) {
        g.writeString(s.code());
      }
      g.writeEndArray();
    });
    return this;
  }

  /** A value of another kind of the grammar: a type of {@link Types}, or another shape. */
  <U> Shape<T> object(String name, Function<T, U> get, Grammar.Value<U> shape) {
    SerializableString key = new SerializedString(name);
    fields.add((g, v) -> {
      g.writeName(key);
      shape.write(g, get.apply(v));
    });
    return this;
  }

  <U> Shape<T> objects(String name, Function<T, ? extends Collection<U>> get, Grammar.Value<U> shape) {
    SerializableString key = new SerializedString(name);
    fields.add((g, v) -> {
      g.writeName(key);
      g.writeStartArray();
      for (U u : get.apply(v)) {
        shape.write(g, u);
      }
      g.writeEndArray();
    });
    return this;
  }

  /** A date and its ISO 8601 text, made together; immutable, so a writer may read one another made. */
  private record DateText(LocalDate date, String text) {
    DateText(LocalDate date) {
      this(date, date.toString());
    }
  }
}
