package org.commissioningdesk.organisation;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.commissioningdesk.common.Plural;

/**
 * The members of the organisation in the form, by name: a Local Commissioning Group's PCTs, the
 * London Commissioning Group's LCGs, a PCT's practice-based commissioning groups. Read from the
 * register already loaded, so it needs no trip to the database.
 */
public final class MemberList {

    private final ObservableList<Organisation> members = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper applies = new ReadOnlyBooleanWrapper(false);

    /** Shows the members of {@code group} (none for null) among {@code register}. */
    void show(Organisation group, List<Organisation> register) {
        applies.set(group != null && group.type().canHaveMembers());
        List<Organisation> fresh = group == null ? List.of() : register.stream()
                .filter(o -> Objects.equals(o.parentId(), group.id()))
                .sorted(Comparator.comparing(Organisation::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        if (!fresh.equals(members)) {
            members.setAll(fresh);
        }
    }

    public ObservableList<Organisation> members() {
        return members;
    }

    /** True while the organisation in the form is of a kind that has members. */
    public ReadOnlyBooleanProperty appliesProperty() {
        return applies.getReadOnlyProperty();
    }

    /** "7 members, 1 retired", "No members." */
    public String summary() {
        long retired = members.stream().filter(Organisation::isRetired).count();
        if (members.isEmpty()) {
            return "No members.";
        }
        return Plural.count(members.size(), "member") + (retired == 0 ? "" : ", " + retired + " retired") + ".";
    }
}
