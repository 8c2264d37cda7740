import { expect } from 'chai';
import { decodeProtobufBody } from './protobuf.ts';
import { StatusError } from './status.ts';

// `kubectl create pdb p1 --selector=app=x --min-available=50%` as kubectl 1.32 sent it.
const PDB = 'azhzAAogCglwb2xpY3kvdjESE1BvZERpc3J1cHRpb25CdWRnZXQSOQoSCgJwMRIAGgAiACoAMgA4AEIAEhcKCQgBEAAaAzUwJRIKCggKA2FwcBIBeBoKCAAYACAAKAAwABoAIgA=';

/** A protobuf length-delimited field. */
const ld = (no: number, payload: Buffer): Buffer => Buffer.concat([Buffer.from([(no << 3) | 2, payload.length]), payload]);
const str = (no: number, s: string): Buffer => ld(no, Buffer.from(s));

describe('protobuf request bodies', () => {
  it('decodes what kubectl sends into the JSON form, IntOrString included, Go zero values left out', () => {
    expect(decodeProtobufBody(Buffer.from(PDB, 'base64'))).to.deep.equal({
      apiVersion: 'policy/v1',
      kind: 'PodDisruptionBudget',
      metadata: { name: 'p1' },
      spec: { minAvailable: '50%', selector: { matchLabels: { app: 'x' } } },
    });
  });

  it('refuses a field it does not know rather than dropping it', () => {
    const configMap = Buffer.concat([ld(1, str(1, 'cm')), ld(15, Buffer.from('zz'))]);
    const body = Buffer.concat([Buffer.from('k8s\0', 'latin1'), ld(1, Buffer.concat([str(1, 'v1'), str(2, 'ConfigMap')])), ld(2, configMap)]);
    expect(() => decodeProtobufBody(body)).to.throw(StatusError, 'cannot decode field 15 of protobuf ConfigMap');
  });

  it('refuses kinds outside its table with 415 and says to send JSON', () => {
    const body = Buffer.concat([Buffer.from('k8s\0', 'latin1'), ld(1, Buffer.concat([str(1, 'apps/v1'), str(2, 'StatefulSet')]))]);
    try {
      decodeProtobufBody(body);
      expect.fail('expected a 415');
    } catch (err) {
      expect(err).to.be.instanceOf(StatusError).with.property('code', 415);
      expect((err as Error).message).to.contain('send StatefulSet as application/json');
    }
  });
});
