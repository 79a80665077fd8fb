package org.conflictmap.gazetteer;

import java.util.Arrays;

/**
 * Normalised name -> ids of the places that carry it, in ascending id order. Filled by {@link
 * Builder}, then read-only: safe to query from many threads at once.
 *
 * <p>Layout: an open-addressing hash table (linear probing, power-of-two size, at most 60% full) of
 * two parallel arrays, the key strings and their id lists. An id list is an {@code int[]} whose
 * first element is the number of ids that follow (the rest is spare capacity); ids are kept sorted
 * and distinct as they are added, so freezing the index costs nothing. No entry objects: a key
 * costs its string and one small array.
 */
final class NameIndex {
  private static final int[] NONE = {0};

  private final String[] keys;
  private final int[][] ids;
  private final int mask;
  private final int size;
  private final int maxTokens;

  private NameIndex(Builder b) {
    this.keys = b.keys;
    this.ids = b.ids;
    this.mask = b.keys.length - 1;
    this.size = b.size;
    this.maxTokens = b.maxTokens;
  }

  private static int slot(String key, int mask) {
    int h = key.hashCode() * 0x9E3779B9;
    return (h ^ (h >>> 16)) & mask;
  }

  /**
   * The ids carrying {@code key} (normalised): element 0 is their count {@code n}, elements 1..n
   * the ids in ascending order. Never null; callers must not modify it.
   */
  int[] get(String key) {
    for (int i = slot(key, mask); ; i = (i + 1) & mask) {
      String k = keys[i];
      if (k == null) {
        return NONE;
      }
      if (k.equals(key)) {
        return ids[i];
      }
    }
  }

  int maxTokens() {
    return maxTokens;
  }

  int keyCount() {
    return size;
  }

  /** Collects (name, place id) pairs; not thread-safe. */
  static final class Builder {
    private String[] keys;
    private int[][] ids;
    private int size;
    private int maxTokens;
    private boolean built;

    /**
     * @param expectedKeys about how many distinct keys will be added
     */
    Builder(int expectedKeys) {
      int cap = Integer.highestOneBit(Math.max(16, (int) (expectedKeys / 0.6))) << 1;
      keys = new String[cap];
      ids = new int[cap][];
    }

    /** Indexes {@code name} (raw, normalised here) for place {@code id}; blanks are ignored. */
    void add(String name, int id) {
      addKey(NameNormalizer.normalize(name), id);
    }

    /** Indexes an already normalised key for place {@code id}; empty keys are ignored. */
    void addKey(String key, int id) {
      if (built) {
        throw new IllegalStateException("index already built");
      }
      if (key.isEmpty()) {
        return;
      }
      int mask = keys.length - 1;
      int i = slot(key, mask);
      while (keys[i] != null && !keys[i].equals(key)) {
        i = (i + 1) & mask;
      }
      if (keys[i] == null) {
        keys[i] = key;
        ids[i] = new int[] {1, id};
        maxTokens = Math.max(maxTokens, NameNormalizer.tokenCount(key));
        if (++size > keys.length * 0.6) {
          grow();
        }
        return;
      }
      int[] a = ids[i];
      int n = a[0];
      int pos = n + 1; // insertion point among a[1..n], kept ascending
      while (pos > 1 && a[pos - 1] > id) {
        pos--;
      }
      if (pos > 1 && a[pos - 1] == id) {
        return; // same place, same key (e.g. name and ASCII name)
      }
      if (n + 1 == a.length) {
        a = Arrays.copyOf(a, a.length * 2);
        ids[i] = a;
      }
      System.arraycopy(a, pos, a, pos + 1, n + 1 - pos);
      a[pos] = id;
      a[0] = n + 1;
    }

    private void grow() {
      String[] oldKeys = keys;
      int[][] oldIds = ids;
      keys = new String[oldKeys.length * 2];
      ids = new int[keys.length][];
      int mask = keys.length - 1;
      for (int j = 0; j < oldKeys.length; j++) {
        if (oldKeys[j] != null) {
          int i = slot(oldKeys[j], mask);
          while (keys[i] != null) {
            i = (i + 1) & mask;
          }
          keys[i] = oldKeys[j];
          ids[i] = oldIds[j];
        }
      }
    }

    /** Adds every (key, id) of {@code other}, which must not be used afterwards. */
    void addAll(Builder other) {
      for (int j = 0; j < other.keys.length; j++) {
        int[] a = other.ids[j];
        if (a != null) {
          for (int i = 1; i <= a[0]; i++) {
            addKey(other.keys[j], a[i]);
          }
        }
      }
    }

    /** Freezes the index; the builder must not be used afterwards. */
    NameIndex build() {
      built = true;
      return new NameIndex(this);
    }
  }
}
