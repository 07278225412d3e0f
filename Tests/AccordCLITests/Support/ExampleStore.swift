import Foundation

/// The example answer scripts and the committed example store in `transcripts/`, and a pipe-driven
/// way to run `accord` against a private store.
struct CLIStore {
    /// The package root (this file is Tests/AccordCLITests/Support/ExampleStore.swift).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    let base: String
    var store: String { base + "/store" }
    var environment: [String: String]

    init() throws {
        base = try AccordBinary.temporaryDirectory()
        environment = AccordBinary.environment(root: base)
    }

    /// A store holding a copy of the committed example transcripts, with the 0644 modes a git
    /// checkout gives them: the first five (goals, roles, retro, review, prep), or with `all` also
    /// the content sessions after them (sla, segments, insights, two win/loss reviews).
    static func withCommittedExamples(all: Bool = false) throws -> CLIStore {
        let s = try CLIStore()
        try FileManager.default.createDirectory(atPath: s.store, withIntermediateDirectories: true)
        for name in committedTranscripts(all: all) {
            let target = s.store + "/" + name
            try FileManager.default.copyItem(atPath: root.appendingPathComponent("transcripts/" + name).path, toPath: target)
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: target)
        }
        return s
    }

    /// The `.jsonl` files committed in `transcripts/`, sorted (the first five unless `all`).
    static func committedTranscripts(all: Bool = false) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("transcripts").path)) ?? []
        let sorted = names.filter { $0.hasSuffix(".jsonl") }.sorted()
        return all ? sorted : Array(sorted.prefix(5))
    }

    /// The text of `transcripts/examples/NAME.txt`.
    static func script(_ name: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent("transcripts/examples/\(name).txt"), encoding: .utf8)
    }

    struct Result {
        var status: Int32
        var out: String
        var err: String
        var bytes: Data
    }

    /// Runs `accord ARGS` with `input` piped in.
    @discardableResult
    func run(_ arguments: [String], input: String = "", extra: [String: String] = [:]) throws -> Result {
        let r = try AccordBinary.run(arguments, input: input, environment: environment.merging(extra) { $1 })
        return Result(status: r.status, out: String(decoding: r.stdout, as: UTF8.self), err: r.stderr, bytes: r.stdout)
    }

    /// Runs one example script through its playbook: goals, roles, retro and review for Dana
    /// (Sales) and Lee (Marketing); prep for Dana alone.
    @discardableResult
    func runExample(_ name: String) throws -> Result {
        // Session ids order sessions by their start second; start each example in a new second so
        // that the commitments are walked in the order the scripts expect.
        let now = Date().timeIntervalSince1970
        Thread.sleep(until: Date(timeIntervalSince1970: now.rounded(.down) + 1.02))
        return try run(Self.startArguments(name), input: try Self.script(name))
    }

    /// The `accord start` arguments of example script `name`: its playbook (the second win/loss script,
    /// `winloss2`, runs `winloss`), for Dana (Sales) and Lee (Marketing), or Dana alone for prep.
    static func startArguments(_ name: String) -> [String] {
        let playbook = name.hasPrefix("winloss") ? "winloss" : name
        let who = name == "prep" ? ["--solo", "Dana"] : ["--sales", "Dana", "--marketing", "Lee"]
        return ["start", playbook] + who
    }

    /// The ids in the store, oldest first, with their playbooks.
    func sessions() throws -> [(id: String, playbook: String, status: String)] {
        let r = try run(["list", "--json"])
        let list = try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [[String: Any]] ?? []
        return list.map { ($0["id"] as? String ?? "", $0["playbook"] as? String ?? "", $0["status"] as? String ?? "") }
    }

    func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }
}

/// Python checks the CLI tests share with the core plan tests (JSON Schema, XML well-formedness).
/// A missing `python3` or `jsonschema` is a failure with a clear message, never a skipped check.
enum CLIPython {
    struct Failure: Error, CustomStringConvertible { var description: String }

    static func run(_ script: String, _ args: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + args
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do { try process.run() } catch {
            throw Failure(description: "python3 could not be started (\(error)); install Python 3 and `pip install jsonschema`")
        }
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(
                description:
                    "python3 check failed (exit \(process.terminationStatus)):\n\(String(decoding: o, as: UTF8.self))\n\(String(decoding: e, as: UTF8.self))"
            )
        }
        return String(decoding: o, as: UTF8.self)
    }

    static func validate(json: String, schema: URL) throws {
        let file = try temp(json, "json")
        defer { try? FileManager.default.removeItem(at: file) }
        _ = try run(
            """
            import json, sys
            import jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator.check_schema(schema)
            doc = json.load(open(sys.argv[2]))
            errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(doc), key=lambda e: list(e.path))
            for e in errors: print(list(e.path), e.message)
            sys.exit(1 if errors else 0)
            """, [schema.path, file.path])
    }

    static func wellFormed(html: String) throws {
        let file = try temp(html, "html")
        defer { try? FileManager.default.removeItem(at: file) }
        _ = try run(
            """
            import sys, re
            import xml.etree.ElementTree as ET
            text = open(sys.argv[1], encoding='utf-8').read()
            text = re.sub(r'^<!DOCTYPE html>', '', text)
            ET.fromstring(text)
            """, [file.path])
    }

    private static func temp(_ text: String, _ ext: String) throws -> URL {
        let url = URL(fileURLWithPath: TestScratch.root + "/accord-cli-\(UUID().uuidString).\(ext)")
        try text.write(to: url, atomically: false, encoding: .utf8)
        return url
    }
}
