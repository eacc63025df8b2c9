package org.r2p.json.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
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

  /** A field always written: its name, quoted once, then its value as {@code value} writes it. */
  private Shape<T> field(String name, Field<T> value) {
    SerializableString key = new SerializedString(name);
    fields.add((g, v) -> {
      g.writeName(key);
      value.write(g, v);
    });
    return this;
  }

  /** A field holding an array, each element written as {@code element} writes it. */
  private <E> Shape<T> array(String name, Function<T, ? extends Iterable<? extends E>> get,
      BiConsumer<JsonGenerator, E> element) {
    return field(name, (g, v) -> {
      g.writeStartArray();
      for (E e : get.apply(v)) {
        element.accept(g, e);
      }
      g.writeEndArray();
    });
  }

  Shape<T> text(String name, Function<T, String> get) {
    return field(name, (g, v) -> g.writeString(get.apply(v)));
  }

  /** A text written only when present: absent, the field is left out. */
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
    return field(name, (g, v) -> constant(g, get.apply(v)));
  }

  Shape<T> bool(String name, java.util.function.Predicate<T> get) {
    return field(name, (g, v) -> g.writeBoolean(get.test(v)));
  }

  /** TRUE and FALSE as JSON booleans, UNKNOWN as null. */
  Shape<T> ternary(String name, Function<T, org.r2p.rules.Ternary> get) {
    return field(name, (g, v) -> {
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
  }

  Shape<T> integer(String name, java.util.function.ToIntFunction<T> get) {
    return field(name, (g, v) -> g.writeNumber(get.applyAsInt(v)));
  }

  /**
   * An ISO 8601 date. The text of the last date written is kept: a review's findings share
   * their date.
   */
  Shape<T> date(String name, Function<T, LocalDate> get) {
    DateText[] last = {new DateText(LocalDate.EPOCH)};
    return field(name, (g, v) -> {
      LocalDate d = get.apply(v);
      DateText t = last[0];
      if (!t.date().equals(d)) {
        t = new DateText(d);
        last[0] = t;
      }
      g.writeString(t.text());
    });
  }

  /** A {@code String}, a {@code Boolean} or a list of strings, as the value is. */
  Shape<T> answer(String name, Function<T, Object> get) {
    return field(name, (g, v) -> {
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
  }

  Shape<T> texts(String name, Function<T, ? extends Collection<String>> get) {
    return array(name, get, JsonGenerator::writeString);
  }

  Shape<T> names(String name, Function<T, ? extends Collection<? extends Enum<?>>> get) {
    return array(name, get, Shape::constant);
  }

  Shape<T> states(String name, Function<T, ? extends Collection<MemberState>> get) {
    return array(name, get, (g, s) -> g.writeString(s.code()));
  }

  /** A value of another kind of the grammar: a type of {@link Types}, or another shape. */
  <U> Shape<T> object(String name, Function<T, U> get, Grammar.Value<U> shape) {
    return field(name, (g, v) -> shape.write(g, get.apply(v)));
  }

  <U> Shape<T> objects(String name, Function<T, ? extends Collection<U>> get, Grammar.Value<U> shape) {
    return array(name, get, shape::write);
  }

  /** A date and its ISO 8601 text, made together; immutable, so a writer may read one another made. */
  private record DateText(LocalDate date, String text) {
    DateText(LocalDate date) {
      this(date, date.toString());
    }
  }
}
