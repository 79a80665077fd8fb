package org.conflictmap.gazetteer;

import java.util.Arrays;

/**
 * Normalised name -> ids of the places that carry it, in ascending id order. Filled by {@link
 * Builder}, then read-only: safe to query from many threads at once.
 *
 * <p>Layout, chosen so that loading creates almost no objects (the garbage collector copies every
 * live object while the gazetteer loads, so fewer objects load faster): every key's characters lie
 * back to back in one {@code char[]} pool; an open-addressing hash table (linear probing,
 * power-of-two size, at most 60% full) keeps, per slot, the key's offset, length and hash, the
 * number of ids and, when there is one id, the id itself. Only keys carried by two or more places
 * (a minority) get an {@code int[]} of their sorted ids.
 */
final class NameIndex {
  private final char[] pool;
  private final int[] start;
  private final int[] length;
  private final int[] hash;
  private final int[] count;
  private final int[] first;
  private final int[][] many;
  private final int mask;
  private final int size;
  private final int maxTokens;

  private NameIndex(Builder b) {
    this.pool = b.pool;
    this.start = b.start;
    this.length = b.length;
    this.hash = b.hash;
    this.count = b.count;
    this.first = b.first;
    this.many = b.many;
    this.mask = b.start.length - 1;
    this.size = b.size;
    this.maxTokens = b.maxTokens;
  }

  private static int slot(int h, int mask) {
    int x = h * 0x9E3779B9;
    return (x ^ (x >>> 16)) & mask;
  }

  /** The slot of {@code key} (normalised), or -1 when no place carries it. */
  int find(String key) {
    int h = key.hashCode();
    int n = key.length();
    for (int i = slot(h, mask); start[i] >= 0; i = (i + 1) & mask) {
      if (hash[i] == h && length[i] == n && sameChars(key, pool, start[i], n)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean sameChars(String key, char[] pool, int off, int n) {
    for (int k = 0; k < n; k++) {
      if (key.charAt(k) != pool[off + k]) {
        return false;
      }
    }
    return true;
  }

  /** How many ids a slot from {@link #find} holds (0 for -1). */
  int count(int slot) {
    return slot < 0 ? 0 : count[slot];
  }

  /** The {@code i}-th id (ascending) of a slot from {@link #find}. */
  int id(int slot, int i) {
    return count[slot] == 1 ? first[slot] : many[slot][i];
  }

  int maxTokens() {
    return maxTokens;
  }

  int keyCount() {
    return size;
  }

  /** Collects (name, place id) pairs; not thread-safe. */
  static final class Builder {
    private char[] pool;
    private int poolSize;
    private int[] start;
    private int[] length;
    private int[] hash;
    private int[] count;
    private int[] first;
    private int[][] many;
    private int size;
    private int maxTokens;
    private boolean built;
    private char[] scratch = new char[64];

    /**
     * @param expectedKeys about how many distinct keys will be added
     */
    Builder(int expectedKeys) {
      allocate(Integer.highestOneBit(Math.max(16, (int) (expectedKeys / 0.6))) << 1);
      pool = new char[Math.max(1024, expectedKeys * 10)];
    }

    private void allocate(int cap) {
      start = new int[cap];
      Arrays.fill(start, -1);
      length = new int[cap];
      hash = new int[cap];
      count = new int[cap];
      first = new int[cap];
      many = new int[cap][];
    }

    /** Indexes {@code name} (raw, normalised here) for place {@code id}; blanks are ignored. */
    void add(String name, int id) {
      String key = NameNormalizer.normalize(name);
      addKey(key, 0, key.length(), id);
    }

    /**
     * Indexes the already normalised key {@code s[from, to)} for place {@code id}; empty keys are
     * ignored.
     */
    void addKey(String s, int from, int to, int id) {
      int n = to - from;
      if (n == 0) {
        return;
      }
      if (scratch.length < n) {
        scratch = new char[Math.max(n, scratch.length * 2)];
      }
      s.getChars(from, to, scratch, 0);
      addKey(scratch, 0, n, id);
    }

    private void addKey(char[] src, int off, int n, int id) {
      if (built) {
        throw new IllegalStateException("index already built");
      }
      int h = 0;
      for (int k = 0; k < n; k++) {
        h = 31 * h + src[off + k]; // as String.hashCode
      }
      int mask = start.length - 1;
      int i = slot(h, mask);
      while (start[i] >= 0) {
        if (hash[i] == h
            && length[i] == n
            && Arrays.equals(pool, start[i], start[i] + n, src, off, off + n)) {
          addId(i, id);
          return;
        }
        i = (i + 1) & mask;
      }
      if (poolSize + n > pool.length) {
        pool = Arrays.copyOf(pool, Math.max(poolSize + n, pool.length * 2));
      }
      System.arraycopy(src, off, pool, poolSize, n);
      start[i] = poolSize;
      length[i] = n;
      hash[i] = h;
      count[i] = 1;
      first[i] = id;
      poolSize += n;
      int tokens = 1;
      for (int k = 0; k < n; k++) {
        if (src[off + k] == ' ') {
          tokens++;
        }
      }
      maxTokens = Math.max(maxTokens, tokens);
      if (++size > start.length * 0.6) {
        grow();
      }
    }

    /** Adds {@code id} to slot {@code i}, keeping its ids sorted and distinct. */
    private void addId(int i, int id) {
      int n = count[i];
      if (n == 1) {
        if (first[i] == id) {
          return;
        }
        many[i] = first[i] < id ? new int[] {first[i], id, 0, 0} : new int[] {id, first[i], 0, 0};
        count[i] = 2;
        return;
      }
      int[] a = many[i];
      int pos = n; // insertion point, kept ascending
      while (pos > 0 && a[pos - 1] > id) {
        pos--;
      }
      if (pos > 0 && a[pos - 1] == id) {
        return;
      }
      if (n == a.length) {
        a = Arrays.copyOf(a, n * 2);
        many[i] = a;
      }
      System.arraycopy(a, pos, a, pos + 1, n - pos);
      a[pos] = id;
      count[i] = n + 1;
    }

    private void grow() {
      int[] oStart = start;
      int[] oLength = length;
      int[] oHash = hash;
      int[] oCount = count;
      int[] oFirst = first;
      int[][] oMany = many;
      allocate(oStart.length * 2);
      int mask = start.length - 1;
      for (int j = 0; j < oStart.length; j++) {
        if (oStart[j] >= 0) {
          int i = slot(oHash[j], mask);
          while (start[i] >= 0) {
            i = (i + 1) & mask;
          }
          start[i] = oStart[j];
          length[i] = oLength[j];
          hash[i] = oHash[j];
          count[i] = oCount[j];
          first[i] = oFirst[j];
          many[i] = oMany[j];
        }
      }
    }

    /** Adds every (key, id) of {@code other}, which must not be used afterwards. */
    void addAll(Builder other) {
      for (int j = 0; j < other.start.length; j++) {
        if (other.start[j] >= 0) {
          for (int k = 0; k < other.count[j]; k++) {
            int id = other.count[j] == 1 ? other.first[j] : other.many[j][k];
            addKey(other.pool, other.start[j], other.length[j], id);
          }
        }
      }
    }

    /** Freezes the index; the builder must not be used afterwards. */
    NameIndex build() {
      built = true;
      pool = Arrays.copyOf(pool, poolSize);
      return new NameIndex(this);
    }
  }
}
