package vn.lamtheo.kernel.events.cabinet;

/** Where a title came from: the Đề án's allocation, a donation or a purchase. */
public enum TitleSource {
    DE_AN, DONATION, PURCHASE
}
