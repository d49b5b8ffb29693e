package vn.lamtheo.supervision.propaganda;

/** Where a model was posted: the district's fanpage, a Zalo group, the commune's loudspeaker radio, anything else. */
public enum Channel { FANPAGE, ZALO, RADIO, OTHER }
