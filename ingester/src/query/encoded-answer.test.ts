import { expect } from 'chai';
import { querier } from '../gen/index.ts';
import { QUERIER_SERVICE, SERVICE_METHODS } from '../server/service-table.ts';
import { gunzipSync, gzipSync } from 'node:zlib';
import { encodedAnswer, gzippedWireBytesOf, wireBytesOf } from './encoded-answer.ts';

const answer = { flamegraph: { names: ['total', 'main', 'work'], levels: [{ values: [0, 30, 0, 0] }, { values: [0, 30, 10, 1] }, { values: [0, 20, 20, 2] }], total: 30, maxSelf: 20 } };
const bytes = querier.v1.SelectMergeStacktracesResponse.encode(answer).finish();
const method = (name: string) => SERVICE_METHODS[QUERIER_SERVICE]!.find((m) => m.method === name)!;

describe('an answer that came encoded (encodedAnswer)', () => {
  it('is written by the servers\' encoder as the bytes it came as, for flame graphs and span profiles', () => {
    const message = encodedAnswer(querier.v1.SelectMergeStacktracesResponse, bytes, ['flamegraph']);
    expect(wireBytesOf(message)).to.equal(bytes);
    for (const name of ['SelectMergeStacktraces', 'SelectMergeSpanProfile']) expect(method(name).responseType.encode(message).finish()).to.equal(bytes);
  });

  it('reads as the decoded message to everything else: its fields, JSON, and the generated encoder', () => {
    const message = encodedAnswer<querier.v1.SelectMergeStacktracesResponse.$Properties, querier.v1.SelectMergeStacktracesResponse>(querier.v1.SelectMergeStacktracesResponse, bytes, ['flamegraph']);
    expect(message).to.deep.equal(answer);
    const json = { longs: String, enums: String, bytes: String, json: true };
    expect(method('SelectMergeStacktraces').responseType.toObject(message, json)).to.deep.equal(querier.v1.SelectMergeStacktracesResponse.toObject(querier.v1.SelectMergeStacktracesResponse.decode(bytes), json));
    expect(Buffer.from(querier.v1.SelectMergeStacktracesResponse.encode(message).finish())).to.deep.equal(Buffer.from(bytes));
  });

  it('came gzip\'d: keeps those bytes for a client taking gzip, and reads inflated everywhere else', () => {
    const gzipped = gzipSync(bytes);
    const message = encodedAnswer<querier.v1.SelectMergeStacktracesResponse.$Properties, querier.v1.SelectMergeStacktracesResponse>(querier.v1.SelectMergeStacktracesResponse, gzipped, ['flamegraph'], true);
    expect(gzippedWireBytesOf(message)).to.equal(gzipped);
    expect(Buffer.from(wireBytesOf(message)!)).to.deep.equal(Buffer.from(bytes));
    expect(Buffer.from(method('SelectMergeStacktraces').responseType.encode(message).finish())).to.deep.equal(Buffer.from(bytes));
    expect(message).to.deep.equal(answer);
    expect(Buffer.from(gunzipSync(gzippedWireBytesOf(message)!))).to.deep.equal(Buffer.from(bytes));
    expect(gzippedWireBytesOf(encodedAnswer<querier.v1.SelectMergeStacktracesResponse.$Properties, querier.v1.SelectMergeStacktracesResponse>(querier.v1.SelectMergeStacktracesResponse, bytes, ['flamegraph']))).to.equal(undefined);
  });

  it('leaves every other message to the generated encoder', () => {
    expect(Buffer.from(method('SelectMergeStacktraces').responseType.encode(answer).finish())).to.deep.equal(Buffer.from(bytes));
    expect(wireBytesOf(answer)).to.equal(undefined);
  });
});
