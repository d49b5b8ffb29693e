package vn.lamtheo.cabinet.ledger;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeMap;

/**
 * A cabinet's card and running figures ({@code cabinet_cards}): the list of cabinets and the figures screen.
 * {@code seq} is the last event applied, so a redelivered event changes nothing.
 */
public class CabinetCard {
    public String cabinetId;
    public String unitId;
    public String name;
    public String place;
    public boolean reachable;
    public long seq = -1;

    public int titles;
    public TreeMap<String, Integer> titlesByCategory = new TreeMap<>();
    public TreeMap<String, Integer> copiesByCategory = new TreeMap<>();
    /** Every copy not withdrawn → its category, so a write-off takes it out of its category's count. */
    public TreeMap<String, String> categoryOfCopy = new TreeMap<>();
    /** Copy code → the date it was last lent (absent: never lent). */
    public TreeMap<String, LocalDate> lastLent = new TreeMap<>();
    public Set<String> lostCopies = new HashSet<>();
    /** "2026-03" → loans made that month. */
    public TreeMap<String, Integer> loansByMonth = new TreeMap<>();
    /** "2026-03" → the readers who borrowed that month. */
    public TreeMap<String, Set<String>> readersByMonth = new TreeMap<>();
    /** Year → political-theory titles catalogued that year. */
    public TreeMap<Integer, Integer> newPoliticalTheoryTitles = new TreeMap<>();
    public LocalDate lastStockTake;
    /** The stock-take under way (null when none) and the codes counted so far, for the stock-take screen. */
    public String openStockTake;
    public java.util.List<String> counted = new java.util.ArrayList<>();
    /** What the last stock-take found: found, missing, misplaced, unknown → codes. */
    public java.util.Map<String, java.util.List<String>> lastStockTakeResult;
}
