// Original file: proto/kdeploy/common/v1/artifact.proto

/**
 * ArtifactSourceKind says how ArtifactSource.location is read.
 */
export const ArtifactSourceKind = {
  /**
   * Never sent.
   */
  ARTIFACT_SOURCE_KIND_UNSPECIFIED: 'ARTIFACT_SOURCE_KIND_UNSPECIFIED',
  /**
   * A local directory holding the files and a manifest of sha256 sums (air-gapped sites).
   */
  ARTIFACT_SOURCE_KIND_DIRECTORY: 'ARTIFACT_SOURCE_KIND_DIRECTORY',
  /**
   * An HTTP(S) mirror laid out like the directory.
   */
  ARTIFACT_SOURCE_KIND_MIRROR: 'ARTIFACT_SOURCE_KIND_MIRROR',
  /**
   * The projects' own release URLs (dl.k8s.io, GitHub releases).
   */
  ARTIFACT_SOURCE_KIND_UPSTREAM: 'ARTIFACT_SOURCE_KIND_UPSTREAM',
} as const;

/**
 * ArtifactSourceKind says how ArtifactSource.location is read.
 */
export type ArtifactSourceKind =
  /**
   * Never sent.
   */
  | 'ARTIFACT_SOURCE_KIND_UNSPECIFIED'
  | 0
  /**
   * A local directory holding the files and a manifest of sha256 sums (air-gapped sites).
   */
  | 'ARTIFACT_SOURCE_KIND_DIRECTORY'
  | 1
  /**
   * An HTTP(S) mirror laid out like the directory.
   */
  | 'ARTIFACT_SOURCE_KIND_MIRROR'
  | 2
  /**
   * The projects' own release URLs (dl.k8s.io, GitHub releases).
   */
  | 'ARTIFACT_SOURCE_KIND_UPSTREAM'
  | 3

/**
 * ArtifactSourceKind says how ArtifactSource.location is read.
 */
export type ArtifactSourceKind__Output = typeof ArtifactSourceKind[keyof typeof ArtifactSourceKind]
