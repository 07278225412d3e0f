/// The command line: the input's NUL-separated parts are the arguments.
enum FuzzCommandLine {
    static func run(_ bytes: UnsafeRawBufferPointer) {
        let arguments = bytes.split(separator: 0, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        do {
            _ = try CommandLineParser(arguments).parse()
        } catch let error as AccordError {
            _ = error.report
        } catch {}
    }
}
