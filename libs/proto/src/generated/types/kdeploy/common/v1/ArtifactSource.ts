// Original file: proto/kdeploy/common/v1/artifact.proto

import type { ArtifactSourceKind as _kdeploy_common_v1_ArtifactSourceKind, ArtifactSourceKind__Output as _kdeploy_common_v1_ArtifactSourceKind__Output } from '../../../kdeploy/common/v1/ArtifactSourceKind';
import type { Artifact as _kdeploy_common_v1_Artifact, Artifact__Output as _kdeploy_common_v1_Artifact__Output } from '../../../kdeploy/common/v1/Artifact';

/**
 * ArtifactSource is where installers fetch binaries from.
 */
export interface ArtifactSource {
  /**
   * Kind of source.
   */
  'kind'?: (_kdeploy_common_v1_ArtifactSourceKind);
  /**
   * Directory path (on the installer's machine) or base URL, by kind.
   */
  'location'?: (string);
  /**
   * Artifacts pinned for this call; an artifact an installer needs but that is not
   * listed here is looked up in the source's manifest.
   */
  'artifacts'?: (_kdeploy_common_v1_Artifact)[];
}

/**
 * ArtifactSource is where installers fetch binaries from.
 */
export interface ArtifactSource__Output {
  /**
   * Kind of source.
   */
  'kind': (_kdeploy_common_v1_ArtifactSourceKind__Output);
  /**
   * Directory path (on the installer's machine) or base URL, by kind.
   */
  'location': (string);
  /**
   * Artifacts pinned for this call; an artifact an installer needs but that is not
   * listed here is looked up in the source's manifest.
   */
  'artifacts': (_kdeploy_common_v1_Artifact__Output)[];
}
