package org.commissioningdesk.persistence;

/** What kind of trouble a database file is in; the screens and the command line choose what to offer by it. */
public enum DatabaseProblem {
    /** The path cannot be used as a database name (a ';', a control character). */
    BAD_PATH,
    /** The file or folder name is longer than the file system (or Commissioning Desk) accepts. */
    NAME_TOO_LONG,
    /** There is no database at the path. */
    NOT_FOUND,
    /** A new database was asked for where a file already exists. */
    ALREADY_EXISTS,
    /** The file is not a Commissioning Desk database (empty, another kind of file, another program's database). */
    NOT_A_DATABASE,
    /** The file is a database but parts of it cannot be read: "recover" copies out what can be. */
    DAMAGED,
    /** A newer version of Commissioning Desk made it; this copy must not change it. */
    NEWER_SCHEMA,
    /** Another window or program has it open. */
    IN_USE,
    /** The file, its folder or the disk cannot be written. */
    READ_ONLY,
    /** The person may not read (or reach) the file or its folder. */
    NO_PERMISSION,
    /** The disk is full. */
    DISK_FULL,
    /** Bringing the database up to this version failed, and it was put back as it was. */
    UPGRADE_FAILED,
    /** An upgrade was interrupted in a way this copy cannot undo. */
    INTERRUPTED_UPGRADE,
    /** Any other failure to read or write the file; the detail is in the log. */
    /** A shared database's server cannot be reached (wrong name, down, or no network). */
    UNREACHABLE,
    /** The shared database refused the user name or password. */
    SIGN_IN_FAILED,
    STORAGE
}
