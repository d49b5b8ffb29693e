package vn.lamtheo.kernel.events.model;

/** What a model may overlap with: an entry of the Dân vận khéo list or another registry model. */
public enum OverlapSource {
    DAN_VAN_KHEO, MODEL
}
