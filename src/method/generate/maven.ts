// The Maven build of every generated Java project (the client programs and the Streams
// application): one pom shape; each project names its artifact, dependencies and extras.
import { lines } from './files.js';

/** Library versions both projects pin (JSON values, logging). */
export const JACKSON_VERSION = '2.17.2';
export const SLF4J_VERSION = '2.0.13';

export interface MavenDependency {
  group: string;
  artifact: string;
  version: string;
  scope?: 'test';
}

export interface MavenProject {
  groupId: string;
  artifactId: string;
  /** A comment above the dependencies: why these versions. */
  dependenciesNote: string;
  dependencies: MavenDependency[];
  /** A `<repositories>` block, for artifacts outside Maven Central. */
  repositories?: string | null;
  /** A `<build>` block. */
  build?: string | null;
}

/** Kafka's Maven artifacts carry three-part versions: Kafka "3.9" is "3.9.0". */
export function kafkaArtifactVersion(kafkaVersion: string): string {
  return /^\d+\.\d+$/.test(kafkaVersion) ? `${kafkaVersion}.0` : kafkaVersion;
}

function dependency(d: MavenDependency): string {
  return lines(
    '    <dependency>',
    `      <groupId>${d.group}</groupId>`,
    `      <artifactId>${d.artifact}</artifactId>`,
    `      <version>${d.version}</version>`,
    d.scope ? `      <scope>${d.scope}</scope>` : null,
    '    </dependency>',
  );
}

export function mavenPom(p: MavenProject): string {
  return lines(
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">',
    '  <modelVersion>4.0.0</modelVersion>',
    `  <groupId>${p.groupId}</groupId>`,
    `  <artifactId>${p.artifactId}</artifactId>`,
    '  <version>0.1.0</version>',
    '  <properties>',
    '    <maven.compiler.release>17</maven.compiler.release>',
    '    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>',
    '  </properties>',
    p.repositories,
    '  <dependencies>',
    `    <!-- ${p.dependenciesNote} -->`,
    p.dependencies.map(dependency),
    '  </dependencies>',
    p.build,
    '</project>',
    '',
  );
}
