package vn.lamtheo.cabinet.ledger;

import vn.lamtheo.kernel.events.cabinet.CopyState;

import java.time.LocalDate;

/** One copy as the keeper looks it up by its code ({@code cabinet_copies}, {@code _id} = cabinet/code). */
public class CopyCard {
    public String code;
    public String cabinetId;
    public String titleId;
    public String title;
    public String author;
    public String shelf;
    public CopyState state;
    public String loanId;
    public String readerId;
    public LocalDate dueDate;
    public long seq = -1;
}
