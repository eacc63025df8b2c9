package org.r2p.json.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.r2p.core.DocumentSymbol;
import org.r2p.core.Situation;
import org.r2p.core.SymbolParseException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * The grammar machinery: kinds of JSON value ({@link Value}) and object types described field
 * by field ({@link ObjectType}). One description of a type drives reading (straight from the
 * token stream, reporting every problem through a {@link Decoder}), writing (to a
 * {@link JsonGenerator}) and the schema test. The descriptions of r2p's types are in
 * {@link Types}.
 */
public final class Grammar {
  private Grammar() {}

  /** The earliest date r2p accepts: the Charter entered into force. */
  static final LocalDate CHARTER = LocalDate.of(1945, 10, 24);

  /** ISO dates, yyyy-mm-dd exactly (four-digit year, no sign), strictly resolved (no 2017-02-30). */
  static final DateTimeFormatter ISO_DATE = new DateTimeFormatterBuilder()
      .appendValue(ChronoField.YEAR, 4)
      .appendLiteral('-')
      .appendValue(ChronoField.MONTH_OF_YEAR, 2)
      .appendLiteral('-')
      .appendValue(ChronoField.DAY_OF_MONTH, 2)
      .toFormatter(java.util.Locale.ROOT)
      .withResolverStyle(ResolverStyle.STRICT);

  /**
   * How a value is named in messages: the object it belongs to and its field, or (for an
   * array element or a whole document) a name of its own.
   *
   * @param what the owning object ("vote record"), or the element's name ("crime")
   * @param name the field's name, or null
   */
  public record Label(String what, @Nullable String name) {
    /** @return e.g. {@code vote record field "id"} */
    String field() {
      return name == null ? what : what + " field " + Decoder.quote(name);
    }

    /** @return e.g. {@code vote position} */
    String plain() {
      return name == null ? what : what + " " + name;
    }
  }

  /**
   * A kind of JSON value: how it is read (reporting problems), written, and described in the
   * published schemas.
   *
   * @param <V> the Java value
   */
  public abstract static class Value<V> {
    private final String schema;

    Value(String schema) {
      this.schema = schema;
    }

    /**
     * Reads the value at the parser's current token, which is not {@code null} for a field
     * (a null field counts as absent) but may be for an array element. The parser is left on the
     * value's last token.
     *
     * @return the value, or null after reporting why it is not valid
     */
    abstract @Nullable V read(Decoder d, Label label);

    /** Writes the value. */
    abstract void write(JsonGenerator g, V v);

    /**
     * Reads a value of this kind at the parser's current token; the parser is left on its last
     * token.
     *
     * @param d the decoder, reading from a parser, that collects the problems
     * @param what what the value is, for messages
     * @return the value, or null when it is not valid ({@link Decoder#problems()} says why)
     */
    public final @Nullable V readFrom(Decoder d, String what) {
      return read(d, new Label(what, null));
    }

    /**
     * Writes a value of this kind.
     *
     * @param g the generator
     * @param v the value
     */
    public final void writeValue(JsonGenerator g, V v) {
      write(g, v);
    }

    /**
     * @return how the published schemas describe the value: a {@code $ref} (absolute) or a
     *     JSON type name
     */
    public String schema() {
      return schema;
    }
  }

  static final String DEFS = "https://r2p.org/schema/definitions.schema.json#/$defs/";

  // --- scalars -------------------------------------------------------------------------------

  /**
   * A value written as a JSON string: the string is read, converted, and a problem reported if
   * it cannot be (one shape for text, dates, symbols, enum constants and state codes). A
   * conversion that depends on the text alone may be remembered ({@link Memo}): the same text
   * then gives the same value without building a string or converting it again.
   *
   * @param <V> the Java value
   */
  abstract static class FromString<V> extends Value<V> {
    private final Function<Label, String> named;
    private final boolean nonBlank;
    private final @Nullable Memo<V> memo;

    /**
     * @param schema how the schemas describe the value
     * @param named how messages name the value ({@link Label#field()} or {@link Label#plain()})
     * @param nonBlank whether blank text is refused ({@code value.blank}) before conversion
     * @param memo where converted values are remembered by their text, or null to remember none
     *     (for text whose values rarely repeat)
     */
    FromString(String schema, Function<Label, String> named, boolean nonBlank, @Nullable Memo<V> memo) {
      super(schema);
      this.named = named;
      this.nonBlank = nonBlank;
      this.memo = memo;
    }

    @Override
    @Nullable V read(Decoder d, Label l) {
      if (d.p().currentToken() != JsonToken.VALUE_STRING) {
        d.wrongKind("type.string", named.apply(l) + " must be a string");
        return null;
      }
      return text(d, l);
    }

    /**
     * The value of the string at the parser's current token.
     *
     * @return the value, or null after reporting why the text gives none
     */
    final @Nullable V text(Decoder d, Label l) {
      JsonParser p = d.p();
      if (memo != null) {
        V known = memo.get(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
        if (known != null) {
          return known;
        }
      }
      String s = p.getString();
      if (nonBlank && s.isBlank()) {
        d.error(d.pointer(), "value.blank", l.field() + " must not be blank: " + Decoder.quote(s));
        return null;
      }
      V v = convert(d, l, s);
      if (v != null && memo != null) {
        memo.put(s, v);
      }
      return v;
    }

    /**
     * Converts the text; when the value is remembered, the result must depend on the text alone.
     *
     * @return the value, or null after reporting why the text gives none
     */
    abstract @Nullable V convert(Decoder d, Label l, String s);

    @Override
    void write(JsonGenerator g, V v) {
      g.writeString(v.toString());
    }
  }

  /**
   * Values remembered by their text: the records of an input repeat few dates, enum constants
   * and state codes, and reading one again from the parser's characters costs less than
   * building its string and converting it. A fixed table of the last value converted in each of
   * its slots, each slot an immutable pair, so that it is safe to share between threads without
   * locking and holds at most its size. Only values a conversion accepted are remembered.
   *
   * @param <V> the value
   */
  static final class Memo<V> {
    /**
     * @param text the text
     * @param value what it was converted to
     */
    private record Entry<V>(char[] text, V value) {}

    /** The largest table {@link #holding} makes. */
    private static final int MOST = 1 << 12;
    private final Entry<V>[] slots;

    /** @param size the number of slots, a power of two */
    @SuppressWarnings("unchecked")
    Memo(int size) {
      if (Integer.bitCount(size) != 1) {
        throw new IllegalArgumentException("memo size must be a power of two: " + size);
      }
      slots = (Entry<V>[]) new Entry<?>[size];
    }

    /**
     * A table that holds every one of a known set of values at once (the smallest, up to
     * {@value #MOST} slots, in which no two of their texts share a slot).
     *
     * @param values the values by their texts
     */
    static <V> Memo<V> holding(java.util.Map<String, V> values) {
      for (int size = Integer.highestOneBit(Math.max(1, values.size()) * 4 - 1) << 1; ; size <<= 1) {
        Memo<V> m = new Memo<>(size);
        values.forEach(m::put);
        if (size >= MOST || Arrays.stream(m.slots).filter(java.util.Objects::nonNull).count() == values.size()) {
          return m;
        }
      }
    }

    /** @return the value remembered for {@code text[off, off + len)}, or null */
    @Nullable V get(char[] text, int off, int len) {
      Entry<V> e = slots[slot(text, off, len)];
      if (e == null || e.text.length != len) {
        return null;
      }
      // short texts: compared in place
      char[] t = e.text;
      for (int k = 0; k < len; k++) {
        if (t[k] != text[off + k]) {
          return null;
        }
      }
      return e.value;
    }

    /** Remembers a value, in place of the one in its slot. */
    void put(String text, V value) {
      char[] t = text.toCharArray();
      slots[slot(t, 0, t.length)] = new Entry<>(t, value);
    }

    private int slot(char[] text, int off, int len) {
      int h = 0;
      for (int i = off; i < off + len; i++) {
        h = 31 * h + text[i];
      }
      return (h ^ h >>> 7 ^ h >>> 16) & (slots.length - 1);
    }
  }

  /** Any string, blank or not. */
  static final Value<String> STRING = new FromString<>("string", Label::field, false, null) {
    @Override
    String convert(Decoder d, Label l, String s) {
      return s;
    }
  };

  /** A non-blank string. */
  static final Value<String> TEXT = new FromString<>(DEFS + "text", Label::field, true, null) {
    @Override
    String convert(Decoder d, Label l, String s) {
      return s;
    }
  };

  /** A state's code: a non-blank string, checked by {@link #STATE}. */
  static final Value<String> STATE_CODE = new FromString<>(DEFS + "stateCode", Label::field, true, null) {
    @Override
    String convert(Decoder d, Label l, String s) {
      return s;
    }
  };

  /** An integer that fits an {@code int}. */
  static final Value<Integer> INTEGER = new Value<>(DEFS + "count") {
    @Override
    @Nullable Integer read(Decoder d, Label l) {
      JsonParser p = d.p();
      if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
        d.wrongKind("type.integer", l.field() + " must be an integer");
        return null;
      }
      return p.getIntValue();
    }

    @Override
    void write(JsonGenerator g, Integer v) {
      g.writeNumber(v);
    }
  };

  /** true or false. */
  static final Value<Boolean> BOOLEAN = new Value<>("boolean") {
    @Override
    @Nullable Boolean read(Decoder d, Label l) {
      JsonToken t = d.p().currentToken();
      if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
        d.wrongKind("type.boolean", l.field() + " must be true or false");
        return null;
      }
      return t == JsonToken.VALUE_TRUE;
    }

    @Override
    void write(JsonGenerator g, Boolean v) {
      g.writeBoolean(v);
    }
  };

  /**
   * An ISO date (yyyy-mm-dd), not before the Charter entered into force; parsed by
   * {@link #ISO_DATE}, and remembered by its text in 1,024 slots.
   */
  static final Value<LocalDate> DATE = new FromString<>(DEFS + "date", Label::field, true, new Memo<>(1024)) {
    @Override
    @Nullable LocalDate convert(Decoder d, Label l, String s) {
      LocalDate date;
      try {
        date = LocalDate.parse(s, ISO_DATE);
      } catch (DateTimeException e) {
        d.error(d.pointer(), "date.invalid", l.field() + " must be an ISO date yyyy-mm-dd: " + Decoder.quote(s));
        return null;
      }
      if (date.isBefore(CHARTER)) {
        d.error(d.pointer(), "date.before-charter", l.field()
            + " must not be before the Charter entered into force (1945-10-24): " + date);
        return null;
      }
      return date;
    }
  };

  /** A UN document symbol (not remembered: a record's symbols are its own). */
  static final Value<DocumentSymbol> SYMBOL = new FromString<>(DEFS + "symbol", Label::plain, false, null) {
    @Override
    @Nullable DocumentSymbol convert(Decoder d, Label l, String s) {
      try {
        return DocumentSymbol.parse(s);
      } catch (SymbolParseException e) {
        d.error(d.pointer(), "symbol.invalid", l.plain() + ": " + e.getMessage());
        return null;
      }
    }
  };

  /**
   * A situation: a classified situation's key, or any other non-blank text, kept as an
   * unclassified situation ({@link Situation#parse(String)}).
   */
  static final Value<Situation> SITUATION = new FromString<>(DEFS + "situation", Label::field, true, null) {
    @Override
    Situation convert(Decoder d, Label l, String s) {
      return Situation.parse(s);
    }
  };

  /**
   * One of an enum's constants, by name.
   *
   * @param type the enum
   * @param schema its name in the shared definitions
   */
  static <E extends Enum<E>> Value<E> enumOf(Class<E> type, String schema) {
    return enumAt(type, DEFS + schema);
  }

  /**
   * One of an enum's constants, by name, stated in the schemas where it is used; every constant
   * is held in a {@link Memo} by its name, and a name not found there is given to
   * {@link Enum#valueOf}.
   *
   * @param type the enum
   * @param schema where the schemas state it (absolute)
   */
  static <E extends Enum<E>> Value<E> enumAt(Class<E> type, String schema) {
    return enumAt(type, schema, java.util.EnumSet.allOf(type));
  }

  /**
   * Some of an enum's constants, by name, stated in the schemas where it is used: a constant
   * not among them is refused as a name not found is (e.g. an outcome the Council never records).
   *
   * @param type the enum
   * @param schema where the schemas state it (absolute)
   * @param allowed the constants accepted
   */
  static <E extends Enum<E>> Value<E> enumAt(Class<E> type, String schema, java.util.Set<E> allowed) {
    java.util.Map<String, E> byName = new java.util.LinkedHashMap<>();
    for (E e : allowed) {
      byName.put(e.name(), e);
    }
    return new FromString<>(schema, Label::plain, false, Memo.holding(byName)) {
      @Override
      @Nullable E convert(Decoder d, Label l, String s) {
        E e = byName.get(s);
        if (e == null) {
          d.error(d.pointer(), "enum.invalid", l.plain() + " must be one of "
              + byName.values() + ": " + Decoder.quote(s));
        }
        return e;
      }

      @Override
      void write(JsonGenerator g, E v) {
        g.writeString(v.name());
      }
    };
  }

  // --- arrays --------------------------------------------------------------------------------

  /**
   * An array of values of one kind.
   *
   * @param <E> the element's type
   */
  public static class ListOf<E> extends Value<Collection<E>> {
    final Value<E> element;
    final Label elementLabel;

    /** @return the elements' kind */
    public Value<E> element() {
      return element;
    }

    /**
     * @param element the elements' kind
     * @param elementName how an element is named in messages ("crime")
     * @param schema how the schemas describe the array ({@code $ref}, or "array")
     */
    ListOf(Value<E> element, String elementName, String schema) {
      super(schema);
      this.element = element;
      this.elementLabel = new Label(elementName, null);
    }

    @Override
    @Nullable Collection<E> read(Decoder d, Label l) {
      JsonParser p = d.p();
      if (p.currentToken() != JsonToken.START_ARRAY) {
        d.wrongKind("type.array", l.field() + " must be an array");
        return null;
      }
      int before = d.errors();
      int first = d.problems().size();
      List<E> out = new ArrayList<>();
      // the index in the input of each element kept
      int[] at = new int[16];
      int k = 0;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        E e = element.read(d, elementLabel);
        if (e != null) {
          if (out.size() == at.length) {
            at = Arrays.copyOf(at, at.length * 2);
          }
          at[out.size()] = k;
          accepted(d, out, e, k, at);
        }
        k++;
      }
      checkSize(d, l, k, first);
      return d.errors() > before ? null : out;
    }

    /**
     * Keeps element {@code k}, read without problem (a subclass may refuse it).
     *
     * @param at the input index of each element kept so far
     */
    void accepted(Decoder d, List<E> out, E e, int k, int[] at) {
      out.add(e);
    }

    /** Checks the number of elements once they are read; problems go before theirs. */
    void checkSize(Decoder d, Label l, int size, int firstProblem) {}

    @Override
    void write(JsonGenerator g, Collection<E> v) {
      g.writeStartArray();
      for (E e : v) {
        element.write(g, e);
      }
      g.writeEndArray();
    }
  }

  // --- objects -------------------------------------------------------------------------------

  /**
   * One field of an object type.
   *
   * @param name the field's name in JSON
   * @param required whether the field must be given
   * @param value the field's kind of value
   * @param set puts a value read into the builder
   * @param get the value to write, or null to leave the field out
   * @param label how messages name the field
   * @param <B> the builder
   * @param <T> the built value
   * @param <V> the field's value
   */
  public record Field<B, T, V>(String name, boolean required, Value<V> value, BiConsumer<B, V> set,
      Function<T, @Nullable V> get, Label label) {

    Field(String what, String name, boolean required, Value<V> value, BiConsumer<B, V> set,
        Function<T, @Nullable V> get) {
      this(name, required, value, set, get, new Label(what, name));
    }

    void read(Decoder d, B b) {
      V v = value.read(d, label);
      if (v != null) {
        set.accept(b, v);
      }
    }

    void write(JsonGenerator g, T t) {
      V v = get.apply(t);
      if (v != null) {
        g.writeName(name);
        value.write(g, v);
      }
    }
  }

  /** The value of an optional attribute, or null to leave the field out. */
  static <V> @Nullable V orNull(Optional<V> v) {
    return v.orElse(null);
  }

  /** A collection, or null to leave an empty one out. */
  static <C extends Collection<?>> @Nullable C nonEmpty(C c) {
    return c.isEmpty() ? null : c;
  }

  /**
   * An object type: its fields, in the published order, and how its value is built.
   *
   * @param <B> the builder
   * @param <T> the built value
   */
  public static final class ObjectType<B, T> extends Value<T> {
    /** What {@link #read} calls a name that is not among the type's. */
    private static final int UNKNOWN = Integer.MIN_VALUE;
    final String what;
    final @Nullable String format;
    final List<Field<B, T, ?>> fields = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    /** {@link #fields} and {@link #names} as arrays, for reading. */
    private Field<?, ?, ?>[] fieldArray = new Field<?, ?, ?>[0];
    private String[] nameArray = new String[0];
    /** A bit for each required field, by its index in {@link #fields}. */
    private long requiredFields;
    /** Matches the names (the format marker's first, if any) as the parser reads them. */
    private PropertyNameMatcher matcher = BinaryNameMatcher.construct(List.of());
    /** The index in {@link #names} of the first field: 1 after a format marker, else 0. */
    private final int firstField;
    /**
     * For each name in {@link #names} from {@link #firstField} on, the index in {@link #fields}
     * of the field it is read into: itself, or for a deprecated alias, the field it names.
     */
    private int[] fieldOf = new int[0];
    /** The deprecated aliases, by their index in {@link #names}: the name to write instead, or null. */
    private @Nullable String[] replacedBy = new String[0];
    private String allowed = "";
    private final Supplier<B> builder;
    private final Function<B, T> build;
    private final String invalid;

    /**
     * @param what how the type is named in messages
     * @param schema how the schemas refer to it
     * @param format its format marker, written first, or null
     * @param builder a new builder
     * @param build builds the value; an {@link IllegalArgumentException},
     *     {@link IllegalStateException} or {@link NullPointerException} is reported as {@code invalid}
     * @param invalid the code of a value the model refuses
     */
    ObjectType(String what, String schema, @Nullable String format, Supplier<B> builder, Function<B, T> build,
        String invalid) {
      super(schema);
      this.what = what;
      this.format = format;
      this.builder = builder;
      this.build = build;
      this.invalid = invalid;
      this.firstField = format != null ? 1 : 0;
      if (format != null) {
        add("format");
      }
    }

    private void add(String name) {
      add(name, fields.size(), null);
      List<String> own = new ArrayList<>();
      for (int k = 0; k < nameArray.length; k++) {
        if (replacedBy[k] == null) {
          own.add(nameArray[k]);
        }
      }
      allowed = String.join(", ", own);
    }

    /** Adds a name read into the field at {@code field}, deprecated in favour of {@code newName} if not null. */
    private void add(String name, int field, @Nullable String newName) {
      if (names.contains(name)) {
        throw new IllegalStateException(what + " has two fields named " + name);
      }
      names.add(name);
      nameArray = names.toArray(new String[0]);
      matcher = BinaryNameMatcher.construct(List.copyOf(names));
      fieldOf = java.util.Arrays.copyOf(fieldOf, names.size());
      fieldOf[names.size() - 1] = field;
      replacedBy = java.util.Arrays.copyOf(replacedBy, names.size());
      replacedBy[names.size() - 1] = newName;
    }

    /**
     * Adds a deprecated name of a field (while the type is described): read as the field it
     * names, with a {@code field.deprecated} warning that names the field; never written. A
     * published format version keeps reading every name it ever had.
     */
    ObjectType<B, T> deprecatedAlias(String oldName, String field) {
      int i = 0;
      while (i < fields.size() && !fields.get(i).name.equals(field)) {
        i++;
      }
      if (i == fields.size()) {
        throw new IllegalStateException(what + " has no field " + field + " for the alias " + oldName);
      }
      add(oldName, i, field);
      return this;
    }

    private boolean aliased(int field) {
      for (int k = firstField; k < fieldOf.length; k++) {
        if (fieldOf[k] == field && replacedBy[k] != null) {
          return true;
        }
      }
      return false;
    }

    /** The names of a field, its own first, quoted and joined with "and". */
    private String aliasesOf(int field) {
      List<String> out = new ArrayList<>();
      out.add(Decoder.quote(fields.get(field).name));
      for (int k = firstField; k < fieldOf.length; k++) {
        if (fieldOf[k] == field && replacedBy[k] != null) {
          out.add(Decoder.quote(nameArray[k]));
        }
      }
      return String.join(" and ", out);
    }

    /** {@return the deprecated aliases, each old name with the field it is read as} */
    public Map<String, String> deprecatedAliases() {
      Map<String, String> out = new java.util.LinkedHashMap<>();
      for (int k = 0; k < replacedBy.length; k++) {
        if (replacedBy[k] != null) {
          out.put(nameArray[k], replacedBy[k]);
        }
      }
      return out;
    }

    /** Adds a required field (while the type is described). */
    <V> ObjectType<B, T> required(String name, Value<V> value, BiConsumer<B, V> set, Function<T, @Nullable V> get) {
      return field(new Field<>(what, name, true, value, set, get));
    }

    /** Adds an optional field (while the type is described). */
    <V> ObjectType<B, T> optional(String name, Value<V> value, BiConsumer<B, V> set, Function<T, @Nullable V> get) {
      return field(new Field<>(what, name, false, value, set, get));
    }

    private ObjectType<B, T> field(Field<B, T, ?> f) {
      if (fields.size() == Long.SIZE) {
        throw new IllegalStateException(what + " has too many fields");
      }
      add(f.name);
      if (f.required) {
        requiredFields |= 1L << fields.size();
      }
      fields.add(f);
      fieldArray = fields.toArray(new Field<?, ?, ?>[0]);
      return this;
    }

    /** @return the fields, in the published order (the format marker not among them) */
    public List<Field<B, T, ?>> fields() {
      return java.util.Collections.unmodifiableList(fields);
    }

    /** @return the format marker, if the type has one */
    public Optional<String> format() {
      return Optional.ofNullable(format);
    }

    @Override
    @Nullable T read(Decoder d, Label l) {
      return read(d, l, false);
    }

    /**
     * Reads an object of this type.
     *
     * @param requireFormat whether the format marker must be present (a document of its own)
     */
    @Nullable T read(Decoder d, Label l, boolean requireFormat) {
      JsonParser p = d.p();
      if (p.currentToken() != JsonToken.START_OBJECT) {
        d.wrongKind("type.object", what + " must be a JSON object");
        return null;
      }
      int before = d.errors();
      B b = builder.get();
      long seen = 0;
      long given = 0;
      boolean formatSeen = false;
      Decoder.Segments segments = null;
      int m;
      while ((m = p.nextNameMatch(matcher)) != PropertyNameMatcher.MATCH_END_OBJECT) {
        if (m == PropertyNameMatcher.MATCH_ODD_TOKEN) {
          throw new StreamReadException(p, what + ": expected a property name or '}'");
        }
        // a known name is matched on its bytes, with no lookup; an unknown one is read as text
        String name = m == PropertyNameMatcher.MATCH_UNKNOWN_NAME ? p.currentName() : nameArray[m];
        JsonToken v = p.nextToken();
        int mark = d.problems().size();
        int i = m == PropertyNameMatcher.MATCH_UNKNOWN_NAME ? UNKNOWN : m < firstField ? -1 : fieldOf[m];
        if (i >= 0 && replacedBy[m] != null) {
          d.warning(d.pointer(), "field.deprecated", what + " field " + Decoder.quote(name)
              + " is deprecated: read as " + Decoder.quote(replacedBy[m]) + ", the name written since 0.2.0");
        }
        int key;
        if (i == UNKNOWN) {
          d.error(d.pointer(), "field.unknown", what + " has no field " + Decoder.quote(name) + "; allowed: " + allowed);
          d.skip();
          key = 0;
        } else if (i < 0 ? formatSeen : (seen & (1L << i)) != 0) {
          d.errorHere(d.pointer(), "field.duplicate", what + " has field " + Decoder.quote(name)
              + " more than once: a field may be given only once"
              + (i >= 0 && fieldOf.length > m && (replacedBy[m] != null || aliased(i))
                  ? " (" + aliasesOf(i) + " name one field)" : ""));
          d.skip();
          key = i + 2;
        } else if (i < 0) {
          formatSeen = true;
          key = 1;
          if (v != JsonToken.VALUE_STRING || !p.getString().equals(format)) {
            d.error(d.pointer(), "format.unsupported", "format must be \"" + format + "\": " + d.showAndSkip());
          }
        } else {
          seen |= 1L << i;
          key = i + 2;
          if (v != JsonToken.VALUE_NULL) {
            given |= 1L << i;
            @SuppressWarnings("unchecked")
            Field<B, T, ?> f = (Field<B, T, ?>) fieldArray[i];
            f.read(d, b);
          }
        }
        if (d.problems().size() > mark) {
          segments = Decoder.Segments.add(segments, mark, key);
        }
      }
      if (format != null && requireFormat && !formatSeen) {
        segments = missing(d, segments, 1, "format.missing", "document must declare \"format\": \"" + format + "\"",
            "format");
      }
      if ((given & requiredFields) != requiredFields) {
        for (int i = 0; i < fields.size(); i++) {
          Field<B, T, ?> f = fields.get(i);
          if (f.required && (given & (1L << i)) == 0) {
            segments = missing(d, segments, i + 2, "field.required", what + " must have " + Decoder.quote(f.name),
                f.name);
          }
        }
      }
      if (segments != null) {
        segments.order(d.problems());
      }
      if (d.errors() > before) {
        return null;
      }
      try {
        return build.apply(b);
      } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
        d.error(d.pointer(), invalid, String.valueOf(e.getMessage()));
        return null;
      }
    }

    private static Decoder.Segments missing(Decoder d, Decoder.@Nullable Segments s, int key, String code,
        String message, String name) {
      Decoder.Segments out = Decoder.Segments.add(s, d.problems().size(), key);
      d.error(d.pointer(name), code, message);
      return out;
    }

    @Override
    void write(JsonGenerator g, T v) {
      g.writeStartObject();
      if (format != null) {
        g.writeStringProperty("format", format);
      }
      for (Field<B, T, ?> f : fields) {
        f.write(g, v);
      }
      g.writeEndObject();
    }
  }
}
