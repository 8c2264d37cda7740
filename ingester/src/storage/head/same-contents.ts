// For tests: two tenant heads hold the same symbols, stack trie, samples and profile totals (the same IDs
// for each), whatever path their profiles took in.
import { expect } from 'chai';
import type { TenantHead } from './tenant-head.ts';

export function expectSameContents(actual: TenantHead, expected: TenantHead): void {
  expect(actual.strings).to.deep.equal(expected.strings);
  expect(actual.functions).to.deep.equal(expected.functions);
  expect(actual.locations).to.deep.equal(expected.locations);
  expect(actual.stackCount).to.equal(expected.stackCount);
  expect(actual.stackParent.subarray(0, actual.stackCount)).to.deep.equal(expected.stackParent.subarray(0, expected.stackCount));
  expect(actual.stackLocation.subarray(0, actual.stackCount)).to.deep.equal(expected.stackLocation.subarray(0, expected.stackCount));
  expect(actual.sampleCount).to.equal(expected.sampleCount);
  expect(actual.sampleStack.subarray(0, actual.sampleCount)).to.deep.equal(expected.sampleStack.subarray(0, expected.sampleCount));
  expect(actual.sampleValue.subarray(0, actual.sampleCount)).to.deep.equal(expected.sampleValue.subarray(0, expected.sampleCount));
  expect(actual.profileTotal).to.deep.equal(expected.profileTotal);
}
