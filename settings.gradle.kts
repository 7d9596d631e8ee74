// JVM route for smithy-ts: Gradle drives npm (install, compile) and the Smithy Gradle plugin,
// which runs the same smithy-build.json as `smithy build` and `smithy-ts build`.
rootProject.name = "smithy-ts"

pluginManagement {
    repositories {
        gradlePluginPortal()
        mavenCentral()
    }
}

dependencyResolutionManagement {
    repositories {
        mavenCentral()
    }
}
