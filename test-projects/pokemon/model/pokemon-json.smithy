$version: "2.0"

namespace example.pokemon

use aws.protocols#awsJson1_0
use smithy.framework#ValidationException

/// The same Pokédex as PokemonService, spoken over awsJson1_0: every operation is a POST to "/"
/// naming the operation in `X-Amz-Target`, with all input members in the JSON body. It binds
/// the very same resources and operations, so both services share every shape.
@awsJson1_0
@paginated(inputToken: "nextToken", outputToken: "nextToken", pageSize: "pageSize")
service PokemonJsonService {
    version: "2024-06-01"
    resources: [Species, Trainer, Sprite]
    operations: [GetServerInfo]
    errors: [Throttled, ValidationException]
}
