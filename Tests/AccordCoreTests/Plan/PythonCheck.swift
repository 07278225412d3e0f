import Foundation

/// Runs a Python 3 snippet for checks Swift has no library for (JSON Schema, XML well-formedness).
/// A missing `python3` or module is a failure with a clear message, never a skipped check.
enum PythonCheck {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs `python3 -c script args…`; returns its output, or throws with stdout and stderr.
    static func run(_ script: String, _ args: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + args
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do { try process.run() } catch {
            throw Failure(
                description: "python3 could not be started (\(error)); install Python 3 and the jsonschema module to run this check")
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let stdout = String(decoding: outData, as: UTF8.self)
        let stderr = String(decoding: errData, as: UTF8.self)
        guard process.terminationStatus == 0 else {
            if process.terminationStatus == 127 {
                throw Failure(description: "python3 is not installed: this check needs Python 3 (and `pip install jsonschema`)")
            }
            if stderr.contains("No module named") {
                throw Failure(
                    description:
                        "a Python module is missing (\(stderr.trimmingCharacters(in: .whitespacesAndNewlines))): run `pip install jsonschema`"
                )
            }
            throw Failure(description: "python3 check failed (exit \(process.terminationStatus)):\n\(stdout)\n\(stderr)")
        }
        return stdout
    }

    /// Validates a JSON document against a JSON Schema file (draft 2020-12).
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

    /// Parses an HTML page as XML after removing the doctype; throws with the parser's message.
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
        let url = URL(fileURLWithPath: TestScratch.root + "/accord-plan-\(UUID().uuidString).\(ext)")
        try text.write(to: url, atomically: false, encoding: .utf8)
        return url
    }
}
