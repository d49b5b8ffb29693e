package vn.lamtheo.platform.security;

/** Gives the person behind the current request; throws an AuthenticationException when nobody is signed in. */
public interface CurrentActor {
    Actor get();
}
