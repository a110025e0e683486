package org.commissioningdesk.common;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The rules every versioned record shares (prospectuses, specifications, and later agreements): a
 * new version is made only from the latest, and only while no other version is being worked on;
 * a version that comes into force supersedes the older ones in force; and the history says so in the
 * same words everywhere.
 */
public final class VersionedSeries<S, V extends SeriesVersion<S>> {

    private final List<V> versions;

    /** {@code versions}: every version of one series. */
    public VersionedSeries(List<V> versions) {
        this.versions = List.copyOf(versions);
    }

    /** The history's note on a new version. */
    public static String madeFrom(int version) {
        return "New version made from version " + version;
    }

    /** The history's note on a version superseded by a later one. */
    public static String supersededBy(int version) {
        return "Superseded by version " + version;
    }

    /**
     * The number of a new version made from version {@code sourceVersion} (id {@code sourceId});
     * refused while a version is being worked on ({@code workedOn} its status, {@code label} naming
     * it), or when the source is not the latest.
     */
    public int nextVersionFrom(long sourceId, int sourceVersion, Predicate<S> workedOn, Function<S, String> label) {
        Optional<V> open = versions.stream().filter(v -> workedOn.test(v.status())).findFirst();
        if (open.isPresent()) {
            V v = open.get();
            throw new RuleViolationException("Version " + v.version() + " of '" + v.title() + "' is already being worked on ("
                    + label.apply(v.status()) + "); " + (v.id() == sourceId ? "edit it rather than making a new version."
                    : "open that one."));
        }
        int latest = latest();
        if (sourceVersion != latest) {
            throw new RuleViolationException("Version " + latest + " is the latest; make the new version from it.");
        }
        return latest + 1;
    }

    /** The highest version number in the series (0 when it is empty). */
    public int latest() {
        return versions.stream().mapToInt(SeriesVersion::version).max().orElse(0);
    }

    /** The versions older than {@code version} still in force ({@code inForce}), which it supersedes when it comes into force. */
    public List<V> supersededBy(int version, Predicate<S> inForce) {
        return versions.stream().filter(v -> v.version() < version && inForce.test(v.status())).toList();
    }

    /** A version newer than {@code version} already in force, which an older one may not replace. */
    public Optional<V> newerInForce(int version, Predicate<S> inForce) {
        return versions.stream().filter(v -> v.version() > version && inForce.test(v.status())).findFirst();
    }
}
