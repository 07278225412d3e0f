import Foundation

/// Prints HTML to PDF with headless Chromium and reads the PDF back with poppler's `pdfinfo` and
/// `pdftotext`, to check what paper gets. Available only where all three are installed.
enum ChromiumPrint {
    static func which(_ names: [String]) -> String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for name in names {
            for dir in paths where FileManager.default.isExecutableFile(atPath: "\(dir)/\(name)") { return "\(dir)/\(name)" }
        }
        return nil
    }

    static let chromium = which(["chromium", "chromium-browser", "google-chrome"])
    static let available = chromium != nil && which(["pdfinfo"]) != nil && which(["pdftotext"]) != nil

    /// A printed document: its page count and each page's text.
    struct PDF {
        var pages: Int
        var text: [String]
    }

    /// Prints `html` with `@page { size: auto }` replaced by `size` ("A4", "letter"; nil keeps the page's own rule).
    static func print(_ html: String, size: String?) throws -> PDF {
        // A short path: Chromium's singleton socket lives under it and socket paths are limited to 108 bytes.
        let dir = URL(fileURLWithPath: "/tmp/acr-\(UUID().uuidString.prefix(8))", isDirectory: true)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = dir.appendingPathComponent("page.html")
        let pdf = dir.appendingPathComponent("page.pdf")
        let text = size.map { html.replacingOccurrences(of: "@page { size: auto;", with: "@page { size: \($0);") } ?? html
        try text.write(to: page, atomically: true, encoding: .utf8)
        _ = try run(
            chromium!,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--user-data-dir=\(dir.path)/profile",
                "--print-to-pdf=\(pdf.path)", page.absoluteString,
            ], home: dir.path)
        let info = try run("/usr/bin/env", ["pdfinfo", pdf.path], home: dir.path)
        let pages =
            info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap {
                Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces))
            } ?? 0
        let texts = try (1...max(pages, 1)).map {
            try run("/usr/bin/env", ["pdftotext", "-f", "\($0)", "-l", "\($0)", pdf.path, "-"], home: dir.path)
        }
        return PDF(pages: pages, text: texts)
    }

    private static func run(_ tool: String, _ args: [String], home: String) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = args
        var env = ProcessInfo.processInfo.environment
        env["HOME"] = home
        env["TMPDIR"] = home
        p.environment = env
        let out = Pipe()
        p.standardOutput = out
        let err = Pipe()
        p.standardError = err
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        _ = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
