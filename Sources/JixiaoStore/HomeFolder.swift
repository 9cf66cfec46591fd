import Foundation

/// The home folder as the shell means it: `$HOME`, else the account's. Foundation's
/// `expandingTildeInPath` asks the password database and ignores `$HOME`, so a path typed
/// as `~/…` in the workstation went elsewhere than the same path typed in the shell.
public enum HomeFolder {
    public static func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let home = environment["HOME"], !home.isEmpty { return home }
        return NSHomeDirectory()
    }

    /// `~` and `~/…` under the home folder, `~user/…` under that account's (the password
    /// database's answer), anything else as it is typed.
    public static func expanding(_ typed: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if typed == "~" { return path(environment: environment) }
        if typed.hasPrefix("~/") { return path(environment: environment) + typed.dropFirst() }
        if typed.hasPrefix("~") { return (typed as NSString).expandingTildeInPath }
        return typed
    }
}
