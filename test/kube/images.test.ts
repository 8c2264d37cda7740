import { expect } from 'chai';
import { containerImageFor, defaultContainerImages, defaultImageTable, parseImageRef, parseImageTable, resolveContainerCommand, UnknownImageError, type ImageTable } from './images.ts';

const table: ImageTable = {
  images: {
    'example/web': { command: ['node', '/srv/web.mjs'], args: ['--default'], env: { MODE: 'image' }, entrypoints: ['/bin/web'] },
    'ingester-cluster/ingester': { command: ['node', 'ingester.ts'] },
  },
};

describe('image table', () => {
  const refs: [string, string, string, string | undefined][] = [
    ['example/web', 'example/web', 'latest', undefined],
    ['example/web:v2', 'example/web', 'v2', undefined],
    ['registry.local:5000/example/web:v3', 'registry.local:5000/example/web', 'v3', undefined],
    ['example/web@sha256:abc', 'example/web', 'latest', 'sha256:abc'],
    ['example/web:v4@sha256:abc', 'example/web', 'v4', 'sha256:abc'],
  ];
  for (const [image, repository, tag, digest] of refs) {
    it(`reads "${image}" as repository ${repository}, tag ${tag}`, () => {
      expect(parseImageRef(image)).to.deep.equal({ repository, tag, digest });
    });
  }

  const commands: [string, string, string[] | undefined, string[] | undefined, string[]][] = [
    ['no command and no args run the entrypoint with the image default args', 'example/web:v1', undefined, undefined, ['node', '/srv/web.mjs', '--default']],
    ['args alone follow the entrypoint, replacing the default args', 'example/web:v1', undefined, ['--port=1'], ['node', '/srv/web.mjs', '--port=1']],
    ['a command naming a known entrypoint maps to the table command', 'example/web:v1', ['/bin/web', '-x'], ['-y'], ['node', '/srv/web.mjs', '-x', '-y']],
    ['a command naming the repository basename maps to the table command', 'ingester-cluster/ingester:1.0', ['ingester'], ['-target=ingester'], ['node', 'ingester.ts', '-target=ingester']],
    ['any other command runs as written, with args appended', 'example/web:v1', ['sh', '-c'], ['echo hi'], ['sh', '-c', 'echo hi']],
  ];
  for (const [sentence, image, command, args, argv] of commands) {
    it(sentence, () => {
      expect(resolveContainerCommand(table, image, command, args).argv).to.deep.equal(argv);
    });
  }

  it('marks the entrypoint taken from the table, whose host paths the kubelet never rewrites, and nothing a pod wrote', () => {
    expect(resolveContainerCommand(table, 'example/web:v1', undefined, ['--port=1']).imageArgc).to.equal(2);
    expect(resolveContainerCommand(table, 'example/web:v1', ['/bin/web', '-x'], undefined).imageArgc).to.equal(2);
    expect(resolveContainerCommand(table, 'example/web:v1', ['sh', '-c'], ['echo hi']).imageArgc).to.equal(0);
  });

  it('gives the process the image reference and its tag, so a test can upgrade by tag', () => {
    const env = resolveContainerCommand(table, 'example/web:v7', undefined, undefined).env;
    expect(env).to.include({ TEST_IMAGE: 'example/web:v7', TEST_IMAGE_TAG: 'v7', MODE: 'image' });
  });

  it('refuses an unknown image without a command, naming the repository', () => {
    expect(() => resolveContainerCommand(table, 'nobody/knows:1', undefined, ['x'])).to.throw(UnknownImageError, /nobody\/knows/);
  });

  it('parses YAML and JSON tables and names the bad entry', () => {
    expect(parseImageTable('images:\n  a/b:\n    command: [x, y]\n').images['a/b']!.command).to.deep.equal(['x', 'y']);
    expect(parseImageTable('{"images":{"a/b":{"command":["x"]}}}').images['a/b']!.command).to.deep.equal(['x']);
    expect(() => parseImageTable('images:\n  a/b:\n    command: x\n', 'f.yaml')).to.throw(/f\.yaml: images\["a\/b"\]\.command/);
  });

  it('runs our own images as containers of their local build, whatever tag or registry prefix a pod names, and nothing else', () => {
    const images = defaultContainerImages();
    expect(containerImageFor(images, 'ingester-cluster/ingester:2')).to.equal('localhost/ingester-cluster/ingester:local');
    expect(containerImageFor(images, 'docker.io/ingester-cluster/operator:0.1.0')).to.equal('localhost/ingester-cluster/operator:local');
    expect(containerImageFor(images, 'test/http:v1')).to.equal(undefined);
    expect(defaultImageTable().images).to.deep.equal({});
  });
});
