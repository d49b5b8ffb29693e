package vn.lamtheo.platform.web.page;

import vn.lamtheo.platform.security.Actor;

import java.util.Map;

/**
 * The registry models a member may name in their pledge's "nội dung đăng ký làm theo". Implemented by the model
 * registry's pages; the pledge pages ask through this contract so that neither context reaches into the other.
 */
public interface FollowableModels {

    /** Registered and featured models as id → title, featured first. */
    Map<String, String> choices(Actor actor);
}
