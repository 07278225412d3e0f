#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The plan as JSON for other tools: pretty-printed, keys sorted, matching `docs/plan.schema.json`
/// (`"schema": "https://accord.local/schemas/plan-v1.json"`, `"version": 1`).
public enum PlanJSON {
    /// The JSON text, ending with a newline.
    public static func render(_ plan: Plan) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(plan), let text = String(data: data, encoding: .utf8) else {
            return "{}\n"  // Unreachable: every field is a string, number, bool or array of them.
        }
        return text + "\n"
    }

    /// Reads a plan back from its JSON.
    public static func decode(_ text: String) throws -> Plan {
        try JSONDecoder().decode(Plan.self, from: Data(text.utf8))
    }
}
