package org.commissioningdesk.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.prefs.Preferences;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The display name: the system's full name for the account by default, and a setting that is kept. */
class DisplayNameTest {

    private final Preferences node = Preferences.userRoot().node("org/commissioningdesk/test-" + UUID.randomUUID());

    @AfterEach
    void forget() throws Exception {
        node.removeNode();
    }

    /** A system that answers {@code command} with {@code output}, and notes what it was asked. */
    private static AccountFullName.Commands answering(List<List<String>> asked, String output) {
        return command -> {
            asked.add(command);
            return Optional.ofNullable(output);
        };
    }

    @Test
    void onLinuxTheFullNameIsTheFirstPartOfTheAccountsGecosField() {
        List<List<String>> asked = new ArrayList<>();
        AccountFullName linux = new AccountFullName("Linux", "jsmith",
                answering(asked, "jsmith:x:1000:1000:Jane Smith,Room 4,020 7946 0000,:/home/jsmith:/bin/bash\n"));
        assertThat(linux.find()).isEqualTo("Jane Smith");
        assertThat(asked).containsExactly(List.of("getent", "passwd", "jsmith"));
        // An & stands for the account name, capitalised (the BSD way).
        assertThat(new AccountFullName("FreeBSD", "director", answering(new ArrayList<>(),
                "director:*:1001:1001:& of Commissioning:/home/director:/bin/sh")).find())
                .isEqualTo("Director of Commissioning");
    }

    @Test
    void onMacOsItAsksId() {
        List<List<String>> asked = new ArrayList<>();
        assertThat(new AccountFullName("Mac OS X", "jsmith", answering(asked, "Jane Smith\n")).find()).isEqualTo("Jane Smith");
        assertThat(asked).containsExactly(List.of("id", "-F", "jsmith"));
    }

    @Test
    void onWindowsTheDirectorysDisplayNameAndElseTheLocalAccountsFullName() {
        List<List<String>> asked = new ArrayList<>();
        assertThat(new AccountFullName("Windows 11", "jsmith", answering(asked, "Jane Smith\r\n")).find())
                .isEqualTo("Jane Smith");
        assertThat(asked).containsExactly(AccountFullName.WINDOWS_DISPLAY_NAME);

        // A local account, or a domain laptop away from its domain: PowerShell has nothing; net user knows.
        String netUser = """
                User name                    jsmith\r
                Full Name                    Jane Smith\r
                Comment                                  \r
                The command completed successfully.\r
                """;
        List<List<String>> askedAgain = new ArrayList<>();
        AccountFullName local = new AccountFullName("Windows 10", "jsmith", command -> {
            askedAgain.add(command);
            return command.get(0).equals("net") ? Optional.of(netUser) : Optional.empty();
        });
        assertThat(local.find()).isEqualTo("Jane Smith");
        assertThat(askedAgain).containsExactly(AccountFullName.WINDOWS_DISPLAY_NAME, List.of("net", "user", "jsmith"));
        assertThat(AccountFullName.fromNetUser("User name    jsmith\nFull Name\nComment")).isEmpty();
    }

    @Test
    void withNoFullNameToBeHadItIsTheAccountName() {
        List<List<String>> asked = new ArrayList<>();
        assertThat(new AccountFullName("Windows 11", "jsmith", command -> Optional.empty()).find()).isEqualTo("jsmith");
        assertThat(new AccountFullName("Windows 11", "jsmith", command -> Optional.of("\r\n")).find())
                .as("neither the directory nor the local account has a name").isEqualTo("jsmith");
        assertThat(new AccountFullName("Linux", "jsmith", answering(asked, null)).find()).isEqualTo("jsmith");
        assertThat(new AccountFullName("Linux", "jsmith", answering(asked, "jsmith:x:1000:1000::/home/jsmith:/bin/sh")).find())
                .as("an empty GECOS field").isEqualTo("jsmith");
        assertThat(new AccountFullName("Linux", "jsmith", answering(asked, "jsmith:x:1000:1000:" + "J".repeat(80) + ":/:/"))
                .find()).as("a name too long to record").isEqualTo("jsmith");
        assertThat(new AccountFullName("Linux", "jsmith", answering(asked, "other:x:1:1:Someone Else:/:/")).find())
                .as("another account's line").isEqualTo("jsmith");
        assertThat(new AccountFullName("Linux", null, answering(asked, null)).find()).isEqualTo("unknown");
    }

    @Test
    void aSavedNameIsKeptForTheNextRunAndTheDefaultIsOnlyAskedForWhenNoneIs() {
        AtomicInteger asked = new AtomicInteger();
        CurrentUser first = new CurrentUser(new DisplayNameSetting(node, () -> {
            asked.incrementAndGet();
            return "jsmith";
        }));
        assertThat(first.name()).isEqualTo("jsmith");
        assertThat(first.name()).isEqualTo("jsmith");
        assertThat(asked).as("looked up once, then remembered").hasValue(1);

        assertThat(first.rename("  Jane Smith ").name()).isEqualTo("Jane Smith");
        assertThat(first.name()).isEqualTo("Jane Smith");

        CurrentUser nextRun = new CurrentUser(new DisplayNameSetting(node, () -> {
            asked.incrementAndGet();
            return "jsmith";
        }));
        assertThat(nextRun.name()).isEqualTo("Jane Smith");
        assertThat(asked).hasValue(1);
    }

    @Test
    void aNameThatWouldNotDoIsRefusedInWordsAndNotKept() {
        CurrentUser user = new CurrentUser(new DisplayNameSetting(node, () -> "jsmith"));
        assertThatThrownBy(() -> user.rename("   ")).isInstanceOf(RuleViolationException.class)
                .hasMessage("Give the name your changes should be recorded under.");
        assertThatThrownBy(() -> user.rename("J".repeat(61))).hasMessageContaining("60 characters or fewer (it has 61)");
        assertThatThrownBy(() -> user.rename("Jane\nSmith")).hasMessageContaining("on one line");
        assertThat(user.name()).isEqualTo("jsmith");
        assertThat(node.get(DisplayNameSetting.KEY, null)).isNull();
        assertThat(CurrentUser.problemWith("J".repeat(60))).isEmpty();
    }

    @Test
    void aSavedNameThatWouldNotDoIsPassedOverForTheDefault() {
        node.put(DisplayNameSetting.KEY, " ");
        assertThat(new DisplayNameSetting(node, () -> "jsmith").load()).isEqualTo("jsmith");
    }
}
