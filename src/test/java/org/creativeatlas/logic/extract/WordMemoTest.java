package org.creativeatlas.logic.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordMemoTest {

    @Test
    void givesWhatTheFunctionGivesAndWorksEachWordOutOnce() {
        List<String> asked = new ArrayList<>();
        WordMemo<String> memo = new WordMemo<>(w -> {
            asked.add(w);
            return w.startsWith("қ") ? null : w.toUpperCase();
        }, 10);
        assertEquals("ӘЛЕМ", memo.get("әлем"));
        assertNull(memo.get("қала"));
        assertEquals("ӘЛЕМ", memo.get("әлем"));
        assertNull(memo.get("қала"));
        assertEquals(List.of("әлем", "қала"), asked);
    }

    @Test
    void startsAfreshWhenFull() {
        List<String> asked = new ArrayList<>();
        WordMemo<Integer> memo = new WordMemo<>(w -> {
            asked.add(w);
            return w.length();
        }, 2);
        memo.get("a");
        memo.get("bb");
        memo.get("ccc"); // full: forgets a and bb
        assertEquals(1, memo.get("a"));
        assertEquals(List.of("a", "bb", "ccc", "a"), asked);
    }
}
