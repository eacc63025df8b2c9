package org.r2p.json.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A node factory whose objects keep their properties in two small arrays instead of a linked
 * hash map: vote records are many small objects (a vote has two properties), which are built
 * and looked up faster this way. Objects with more than {@value #MAX_COMPACT} properties move
 * to a {@link LinkedHashMap}. Property order is insertion order either way, as with Jackson's
 * default factory.
 */
public final class CompactNodes extends JsonNodeFactory {
  private static final long serialVersionUID = 1L;

  /** Above this many properties an object's map is a {@link LinkedHashMap}. */
  static final int MAX_COMPACT = 16;

  /** The factory. */
  public static final CompactNodes INSTANCE = new CompactNodes();

  private CompactNodes() {}

  @Override
  public ObjectNode objectNode() {
    return new ObjectNode(this, new SmallMap());
  }

  /** An insertion-ordered map on two arrays, turning into a linked hash map when it grows large. */
  static final class SmallMap extends AbstractMap<String, JsonNode> {
    private @Nullable String[] keys = new String[4];
    private @Nullable JsonNode[] values = new JsonNode[4];
    private int size;
    private @Nullable LinkedHashMap<String, JsonNode> large;

    private int indexOf(@Nullable Object key) {
      for (int i = 0; i < size; i++) {
        // property names are canonical strings: most lookups match on identity
        if (keys[i] == key) {
          return i;
        }
      }
      if (key == null) {
        return -1;
      }
      int h = key.hashCode();
      for (int i = 0; i < size; i++) {
        String k = keys[i];
        if (k != null && k.hashCode() == h && k.equals(key)) {
          return i;
        }
      }
      return -1;
    }

    @Override
    public int size() {
      return large != null ? large.size() : size;
    }

    @Override
    public @Nullable JsonNode get(@Nullable Object key) {
      if (large != null) {
        return large.get(key);
      }
      int i = indexOf(key);
      return i < 0 ? null : values[i];
    }

    @Override
    public boolean containsKey(@Nullable Object key) {
      return large != null ? large.containsKey(key) : indexOf(key) >= 0;
    }

    @Override
    public @Nullable JsonNode put(String key, JsonNode value) {
      if (large != null) {
        return large.put(key, value);
      }
      int i = indexOf(key);
      if (i >= 0) {
        JsonNode old = values[i];
        values[i] = value;
        return old;
      }
      if (size == MAX_COMPACT) {
        LinkedHashMap<String, JsonNode> m = new LinkedHashMap<>();
        for (int k = 0; k < size; k++) {
          m.put(keys[k], values[k]);
        }
        m.put(key, value);
        large = m;
        keys = new String[0];
        values = new JsonNode[0];
        size = 0;
        return null;
      }
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2);
        values = Arrays.copyOf(values, size * 2);
      }
      keys[size] = key;
      values[size++] = value;
      return null;
    }

    @Override
    public @Nullable JsonNode remove(@Nullable Object key) {
      if (large != null) {
        return large.remove(key);
      }
      int i = indexOf(key);
      if (i < 0) {
        return null;
      }
      JsonNode old = values[i];
      removeAt(i);
      return old;
    }

    private void removeAt(int i) {
      System.arraycopy(keys, i + 1, keys, i, size - i - 1);
      System.arraycopy(values, i + 1, values, i, size - i - 1);
      size--;
      keys[size] = null;
      values[size] = null;
    }

    @Override
    public void clear() {
      if (large != null) {
        large.clear();
      }
      Arrays.fill(keys, null);
      Arrays.fill(values, null);
      size = 0;
    }

    @Override
    public Set<String> keySet() {
      if (large != null) {
        return large.keySet();
      }
      // the names alone, with no entry made per name
      return new AbstractSet<>() {
        @Override
        public int size() {
          return size;
        }

        @Override
        public boolean contains(@Nullable Object o) {
          return indexOf(o) >= 0;
        }

        @Override
        public Iterator<String> iterator() {
          return new Cursor<>() {
            @Override
            String at(int i) {
              return Objects.requireNonNull(keys[i]);
            }
          };
        }
      };
    }

    @Override
    public Set<Map.Entry<String, JsonNode>> entrySet() {
      if (large != null) {
        return large.entrySet();
      }
      return new AbstractSet<>() {
        @Override
        public int size() {
          return size;
        }

        @Override
        public Iterator<Map.Entry<String, JsonNode>> iterator() {
          return new Cursor<>() {
            @Override
            Map.Entry<String, JsonNode> at(int i) {
              return new Entry(i);
            }
          };
        }
      };
    }

    /** Walks the arrays in order; removes through {@link #removeAt}. */
    private abstract class Cursor<T> implements Iterator<T> {
      private int next;
      private int last = -1;

      abstract T at(int i);

      @Override
      public boolean hasNext() {
        return next < size;
      }

      @Override
      public T next() {
        if (next >= size) {
          throw new NoSuchElementException();
        }
        last = next++;
        return at(last);
      }

      @Override
      public void remove() {
        if (last < 0) {
          throw new IllegalStateException();
        }
        removeAt(last);
        next = last;
        last = -1;
      }
    }

    /** An entry that writes through to the arrays. */
    private final class Entry implements Map.Entry<String, JsonNode> {
      private final int i;

      Entry(int i) {
        this.i = i;
      }

      @Override
      public String getKey() {
        return Objects.requireNonNull(keys[i]);
      }

      @Override
      public JsonNode getValue() {
        return Objects.requireNonNull(values[i]);
      }

      @Override
      public JsonNode setValue(JsonNode value) {
        JsonNode old = getValue();
        values[i] = value;
        return old;
      }

      @Override
      public boolean equals(@Nullable Object o) {
        return o instanceof Map.Entry<?, ?> e && Objects.equals(getKey(), e.getKey())
            && Objects.equals(getValue(), e.getValue());
      }

      @Override
      public int hashCode() {
        return getKey().hashCode() ^ getValue().hashCode();
      }

      @Override
      public String toString() {
        return getKey() + "=" + getValue();
      }
    }
  }
}
