import Foundation

/// Binary logistic regression with L2 regularisation, fitted by full-batch gradient descent with
/// AdaGrad step sizes: deterministic (no sampling, fixed order, weights start at zero).
///
/// Training scaffolding for `accord-coach-train`; not part of the shipped library.
public struct LogisticRegression: Sendable {
    /// One row: (feature index, value) pairs.
    public typealias Row = [(index: Int, value: Double)]

    /// The intercept.
    public var bias: Double
    /// One weight per feature index.
    public var weights: [Double]

    /// The log-odds for a row.
    public func logit(_ row: Row) -> Double {
        var z = bias
        for (j, v) in row { z += weights[j] * v }
        return z
    }

    /// Fits `rows` to `labels` (true = 1), minimising the mean log loss plus `lambda / 2 · ‖w‖²`
    /// (the intercept is not penalised), for `iterations` full passes.
    public static func fit(
        rows: [Row], labels: [Bool], featureCount: Int, lambda: Double, iterations: Int = 1_500, learningRate: Double = 0.5
    ) -> LogisticRegression {
        precondition(rows.count == labels.count && !rows.isEmpty)
        var model = LogisticRegression(bias: 0, weights: Array(repeating: 0, count: featureCount))
        var squared = Array(repeating: 1e-8, count: featureCount)
        var squaredBias = 1e-8
        let n = Double(rows.count)
        var gradient = Array(repeating: 0.0, count: featureCount)
        for _ in 0..<iterations {
            for j in gradient.indices { gradient[j] = lambda * model.weights[j] }
            var gradientBias = 0.0
            for (row, label) in zip(rows, labels) {
                let p = sigmoid(model.logit(row))
                let error = (p - (label ? 1 : 0)) / n
                gradientBias += error
                for (j, v) in row { gradient[j] += error * v }
            }
            squaredBias += gradientBias * gradientBias
            model.bias -= learningRate * gradientBias / squaredBias.squareRoot()
            for j in gradient.indices {
                squared[j] += gradient[j] * gradient[j]
                model.weights[j] -= learningRate * gradient[j] / squared[j].squareRoot()
            }
        }
        return model
    }

    /// 1 / (1 + e^−z), computed without overflow.
    public static func sigmoid(_ z: Double) -> Double {
        if z >= 0 { return 1 / (1 + exp(-z)) }
        let e = exp(z)
        return e / (1 + e)
    }
}
