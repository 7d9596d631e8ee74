// `gradle build` (Gradle 8.2 or newer, network access to Maven Central and the Gradle Plugin
// Portal, Node.js 20+ with npm on PATH):
//   1. npmInstall  - `npm ci` for the whole workspace (node-gradle plugin);
//   2. npmBuild    - `npm run build` (tsc -b), so codegen-plugin/bin/smithy-ts has its dist/;
//   3. smithyBuild - the Smithy CLI builds smithy-build.json (Smithy Gradle plugin, smithy-base)
//                    into build/smithy/<projection>/<artifact>/, the layout `smithy build` and
//                    `smithy-ts build` use. Its `run::` plugins start `smithy-ts generate`.
// Run it from this directory. Nothing in smithy-build.json depends on the JVM's working
// directory (Gradle runs the Smithy CLI inside its daemon, whose working directory is its own).
import com.github.gradle.node.npm.task.NpmTask
import software.amazon.smithy.gradle.tasks.SmithyBuildTask

plugins {
    id("software.amazon.smithy.gradle.smithy-base") version "1.5.0"
    id("com.github.node-gradle.node") version "7.1.0"
}

val smithyVersion = "1.73.0"

node {
    // Use the Node.js on PATH: the `run::` plugins start `npx` and `smithy-ts` (a Node script)
    // themselves, so the same Node must be visible to the Smithy CLI's child processes.
    download.set(false)
    npmInstallCommand.set("ci")
}

// Trait definitions the Smithy CLI needs on its model discovery classpath. smithy-ts bundles
// its own copies of these namespaces; the JVM host takes them from Smithy's own artifacts.
val smithyModels: Configuration by configurations.creating {
    isCanBeConsumed = false
    isCanBeResolved = true
}

dependencies {
    "smithyCli"("software.amazon.smithy:smithy-cli:$smithyVersion")
    smithyModels("software.amazon.smithy:smithy-aws-traits:$smithyVersion")
    smithyModels("software.amazon.smithy:smithy-protocol-test-traits:$smithyVersion")
    smithyModels("software.amazon.smithy:smithy-validation-model:$smithyVersion")
    smithyModels("software.amazon.smithy:smithy-rules-engine:$smithyVersion")
    smithyModels("software.amazon.smithy:smithy-waiters:$smithyVersion")
}

val npmBuild by tasks.registering(NpmTask::class) {
    description = "Compiles the TypeScript workspace (npm run build)."
    dependsOn(tasks.npmInstall)
    npmCommand.set(listOf("run", "build"))
    inputs.files("package.json", "package-lock.json", "tsconfig.json", "tsconfig.base.json")
    inputs.dir("codegen-plugin/src")
    inputs.dir("codegen-plugin/templates")
    inputs.dir("ts-runtime/src")
    outputs.dir("codegen-plugin/dist")
    outputs.dir("ts-runtime/dist")
}

val smithyBuild by tasks.registering(SmithyBuildTask::class) {
    description = "Builds the projections of smithy-build.json with the Smithy CLI."
    group = "build"
    dependsOn(npmBuild)
    smithyBuildConfigs.set(files("smithy-build.json"))
    modelDiscoveryClasspath.set(smithyModels)
    allowUnknownTraits.set(false)
    outputDir.set(layout.buildDirectory.dir("smithy"))
    // Model sources are listed in smithy-build.json ("sources"), as for the other hosts; they and
    // the compiled generator are declared here only so Gradle reruns the build when they change.
    inputs.files(fileTree("test-projects") {
        include("**/*.smithy", "**/model/**/*.json")
        exclude("**/node_modules/**")
    })
    inputs.files(npmBuild)
    inputs.dir("codegen-plugin/templates")
}

tasks.named("build") {
    dependsOn(smithyBuild)
}
