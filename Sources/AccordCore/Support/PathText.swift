#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `NSString`'s path calls, in plain Swift, as the corelibs define them (checked by `TextSearchTests`
/// against `NSString`). Repeated slashes are kept as they are, as there.
public enum PathText {
    /// `(path as NSString).deletingLastPathComponent`: trailing slashes dropped, then everything
    /// before the last slash without its own trailing slashes ("/" when that is nothing, "" when
    /// there is no slash). "/" stays "/".
    public static func deletingLastComponent(_ path: String) -> String {
        if path == "/" { return path }
        var s = Substring(path)
        while s.hasSuffix("/") { s.removeLast() }
        guard let slash = s.lastIndex(of: "/") else { return "" }
        var prefix = s[..<slash]
        while prefix.hasSuffix("/") { prefix.removeLast() }
        return prefix.isEmpty ? "/" : String(prefix)
    }

    /// `(path as NSString).appendingPathComponent(component)`: joined by one slash unless `path`
    /// already ends with one; either alone when the other is empty.
    public static func appending(_ path: String, _ component: String) -> String {
        if component.isEmpty { return path }
        if path.isEmpty { return component }
        return path.hasSuffix("/") ? path + component : path + "/" + component
    }
}
