package org.conflictmap.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameIndexTest {

  private static List<Integer> ids(NameIndex index, String key) {
    int slot = index.find(key);
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < index.count(slot); i++) {
      out.add(index.id(slot, i));
    }
    return out;
  }

  @Test
  void ids_come_back_ascending_and_distinct_whatever_the_order_they_were_added_in() {
    NameIndex.Builder b = new NameIndex.Builder(16);
    for (int id : new int[] {7, 3, 9, 3, 1, 7, 12, 0}) {
      b.add("Donets'k", id);
    }
    b.add("Kyiv", 5);
    NameIndex index = b.build();
    assertEquals(List.of(0, 1, 3, 7, 9, 12), ids(index, "donetsk"));
    assertEquals(List.of(5), ids(index, "kyiv"));
    assertEquals(List.of(), ids(index, "kiev"));
  }

  @Test
  void the_table_grows_without_losing_keys() {
    NameIndex.Builder b = new NameIndex.Builder(16);
    for (int i = 0; i < 20_000; i++) {
      b.add("place " + i, i);
      b.add("place " + i, i + 1);
    }
    NameIndex index = b.build();
    assertEquals(20_000, index.keyCount());
    for (int i = 0; i < 20_000; i += 997) {
      assertEquals(List.of(i, i + 1), ids(index, "place " + i));
    }
  }

  @Test
  void keys_can_be_slices_of_a_longer_string() {
    NameIndex.Builder b = new NameIndex.Builder(16);
    String keys = "bakhmut,artemivsk,артемівск";
    b.addKey(keys, 0, 7, 1);
    b.addKey(keys, 8, 17, 1);
    b.addKey(keys, 18, keys.length(), 1);
    b.addKey(keys, 7, 7, 2); // empty: ignored
    NameIndex index = b.build();
    assertEquals(3, index.keyCount());
    assertEquals(List.of(1), ids(index, "artemivsk"));
    assertEquals(List.of(1), ids(index, "артемівск"));
  }

  @Test
  void merging_builders_keeps_every_id_in_order() {
    NameIndex.Builder boundaries = new NameIndex.Builder(16);
    boundaries.add("Donetsk", 2);
    boundaries.add("Donetsk Oblast", 2);
    NameIndex.Builder localities = new NameIndex.Builder(16);
    localities.add("Donetsk", 300);
    localities.add("Donetsk", 100);
    localities.addAll(boundaries);
    NameIndex index = localities.build();
    assertEquals(List.of(2, 100, 300), ids(index, "donetsk"));
    assertEquals(List.of(2), ids(index, "donetsk oblast"));
  }

  @Test
  void max_tokens_is_the_longest_key_in_words() {
    NameIndex.Builder b = new NameIndex.Builder(16);
    b.add("Kyiv", 1);
    b.add("Sant Julià de Lòria", 2);
    b.add("Kryvyi-Rih", 3);
    assertEquals(4, b.build().maxTokens());
  }

  @Test
  void a_built_index_takes_no_more_keys() {
    NameIndex.Builder b = new NameIndex.Builder(16);
    b.build();
    assertThrows(IllegalStateException.class, () -> b.add("Kyiv", 1));
  }
}
