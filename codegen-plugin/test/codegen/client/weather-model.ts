// A small restJson1 service for the client-mode tests and golden output: HTTP bindings of
// every kind, a paginated operation, modeled errors (one with a member named like a
// ServiceError property), bearer auth, @examples, @deprecated, defaults, a streaming blob,
// a sparse list, enums, an intEnum and a union.
import { loadModel } from "../../../src/model/loader.js";
import type { Model } from "../../../src/model/index.js";

export const WEATHER_IDL = `
$version: "2.0"

namespace example.weather

use aws.protocols#restJson1

/// Weather forecasts and readings.
@restJson1
@httpBearerAuth
@paginated(inputToken: "nextToken", outputToken: "nextToken", pageSize: "pageSize")
service Weather {
    version: "2024-01-01"
    operations: [GetForecast, ListCities, PutReading, DownloadRadar, Ping]
    errors: [ServiceFault]
}

/// Forecast for a city.
@readonly
@http(method: "GET", uri: "/forecast/{city}")
@examples([
    {
        title: "Forecast for Paris"
        documentation: "Asks for two days."
        input: { city: "Paris", days: 2, tags: ["a", "b"] }
        output: { forecast: [] }
    }
])
operation GetForecast {
    input := {
        /// City name, e.g. \`Paris\`.
        @required
        @httpLabel
        city: String

        @httpQuery("days")
        days: Integer = 1

        @httpQuery("units")
        units: Units

        @httpQuery("tag")
        tags: TagList

        @httpHeader("X-Since")
        since: Timestamp
    }
    output := {
        @required
        forecast: DayList

        alerts: AlertMap

        @httpHeader("X-Source")
        source: String
    }
    errors: [NoSuchCity]
}

@readonly
@paginated(items: "cities")
@http(method: "GET", uri: "/cities")
operation ListCities {
    input := {
        @httpQuery("next")
        nextToken: String

        @httpQuery("size")
        pageSize: Integer
    }
    output := {
        nextToken: String

        @required
        cities: CityList
    }
}

@idempotent
@http(method: "PUT", uri: "/readings/{station}")
@deprecated(message: "Use the batch API.", since: "2024-02")
operation PutReading {
    input := {
        @required
        @httpLabel
        station: String

        @idempotencyToken
        @httpHeader("X-Token")
        token: String

        @httpPrefixHeaders("X-Meta-")
        meta: StringMap

        reading: Measurement

        samples: SampleList
    }
}

@readonly
@http(method: "GET", uri: "/radar")
operation DownloadRadar {
    output := {
        @httpPayload
        @required
        image: RadarImage

        @httpHeader("Content-Type")
        contentType: String
    }
}

@readonly
@http(method: "GET", uri: "/ping")
operation Ping {}

@streaming
blob RadarImage

/// One day of forecast.
structure Day {
    @required
    date: Timestamp

    @required
    high: Float

    low: Float = 0

    @required
    sky: Sky
}

structure City {
    @required
    name: String

    population: Long

    area: BigDecimal

    visitors: BigInteger
}

@error("client")
@httpError(404)
structure NoSuchCity {
    message: String

    @required
    city: String

    code: String
}

@error("server")
@retryable(throttling: true)
structure ServiceFault {
    message: String
}

/// Unit system.
enum Units {
    METRIC = "metric"
    IMPERIAL = "imperial"
}

intEnum Sky {
    CLEAR = 1
    CLOUDY = 2
}

union Measurement {
    celsius: Float
    pressure: Double
    raw: Document
}

list DayList {
    member: Day
}

list CityList {
    member: City
}

list TagList {
    member: String
}

@sparse
list SampleList {
    member: Float
}

map AlertMap {
    key: String
    value: String
}

map StringMap {
    key: String
    value: String
}
`;

export function weatherModel(): Model {
  const { model, events } = loadModel([{ filename: "weather.smithy", text: WEATHER_IDL }]);
  const errors = events.filter((e) => e.severity === "ERROR");
  if (errors.length > 0) throw new Error(`the weather model does not load: ${errors.map((e) => e.message).join("; ")}`);
  return model;
}
