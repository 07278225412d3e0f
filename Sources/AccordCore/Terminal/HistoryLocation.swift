/// Where the line-editor history lives: per user, never in the session store.
public enum HistoryLocation {
    /// At most this many entries are kept.
    public static let limit = 1000

    /// `$XDG_STATE_HOME/accord/history`, else `~/.local/state/accord/history`; nil when history is
    /// off (`ACCORD_NOHISTORY` set to anything but "" or "0") or no home is known.
    public static func path(environment: [String: String]) -> String? {
        if let off = environment["ACCORD_NOHISTORY"], !off.isEmpty, off != "0" { return nil }
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return state + "/accord/history"
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/state/accord/history"
    }

    /// Whether `line` should be added after `previous` (the last entry): not blank, not a
    /// consecutive duplicate.
    public static func shouldRemember(_ line: String, after previous: String?) -> Bool {
        !line.trimmingSpaces().isEmpty && line != previous
    }
}
