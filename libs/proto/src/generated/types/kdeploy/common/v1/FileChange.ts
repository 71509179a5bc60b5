// Original file: proto/kdeploy/common/v1/plan.proto

import type { Long } from '@grpc/proto-loader';

/**
 * FileChange describes a file by its metadata and hash; content is never in a plan (it
 * may be a key or kubeconfig).
 */
export interface FileChange {
  /**
   * Absolute path on the host.
   */
  'path'?: (string);
  /**
   * Permission bits, e.g. 0600 (384).
   */
  'mode'?: (number);
  /**
   * Owning user, e.g. "root".
   */
  'owner'?: (string);
  /**
   * Owning group, e.g. "root".
   */
  'group'?: (string);
  /**
   * Hex sha256 of the desired content; empty for a delete.
   */
  'sha256'?: (string);
  /**
   * Size of the desired content in bytes.
   */
  'sizeBytes'?: (number | string | Long);
  /**
   * True when the content is secret (a key, a kubeconfig, a token file).
   */
  'secret'?: (boolean);
}

/**
 * FileChange describes a file by its metadata and hash; content is never in a plan (it
 * may be a key or kubeconfig).
 */
export interface FileChange__Output {
  /**
   * Absolute path on the host.
   */
  'path': (string);
  /**
   * Permission bits, e.g. 0600 (384).
   */
  'mode': (number);
  /**
   * Owning user, e.g. "root".
   */
  'owner': (string);
  /**
   * Owning group, e.g. "root".
   */
  'group': (string);
  /**
   * Hex sha256 of the desired content; empty for a delete.
   */
  'sha256': (string);
  /**
   * Size of the desired content in bytes.
   */
  'sizeBytes': (string);
  /**
   * True when the content is secret (a key, a kubeconfig, a token file).
   */
  'secret': (boolean);
}
