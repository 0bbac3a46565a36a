// Packer's own functions, where the Go oracle's stubs cannot speak: context
// handling, time formatting, generated data. Expectations come from Packer
// 1.6.6 (`packer console` / `packer build` runs noted beside each).
import { GoStruct, InterpolateError, PlaceholderMsg, render, type InterpolateContext } from './index.js';

const now = new Date('2026-11-24T01:43:52.646Z');
const base: InterpolateContext = { userVariables: {}, now };
const err = (text: string, ctx: InterpolateContext = base): string => {
  try {
    render(text, ctx);
  } catch (e) {
    expect(e).toBeInstanceOf(InterpolateError);
    return (e as Error).message;
  }
  throw new Error(`no error for ${text}`);
};

describe('strftime (jehiah/go-strftime as vendored by Packer 1.6.6)', () => {
  it('expands exactly the letters Packer expands, at the same instant', () => {
    // Observed with `packer console` at 2026-11-24T01:43:52.646Z.
    const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const fmt = [...letters].map((c) => `${c}=%${c} `).join('');
    expect(render(`{{strftime "${fmt}"}}`, base)).toBe(
      'a=Tue b=Nov c=%c d=24 e=%e f=%f g=%g h=%h i=%i j=%j k=%k l=%l m=11 n=%n o=%o p=AM q=%q r=%r s=%s ' +
        't=%t u=%u v=%v w=%w x=%x y=26 z=+0000 A=Tuesday B=November C=%C D=%D E=%E F=%F G=%G H=01 I=01 ' +
        'J=%J K=%K L=.646 M=43 N=%N O=%O P=%P Q=%Q R=%R S=52 T=%T U=%U V=%V W=%W X=%X Y=2026 Z=UTC ',
    );
    expect(render('{{strftime "abc%"}}|{{strftime "%"}}|{{strftime "%%Y"}}|{{strftime "é%Y"}}', base)).toBe('abc%|%|%Y|é2026');
    expect(render('{{strftime "Jan Monday 2006 x"}}', base)).toBe('Jan Monday 2006 x');
  });
});

describe('time functions share one instant', () => {
  it('timestamp, isotime and isotime layouts', () => {
    expect(render('{{timestamp}}', base)).toBe(String(Math.floor(now.getTime() / 1000)));
    expect(render('{{isotime}}', base)).toBe('2026-11-24T01:43:52Z');
    expect(render('{{isotime "Mon Jan _2 15:04:05.000 MST -0700 Z07:00 pm 3 __2 .999"}}', base)).toBe(
      'Tue Nov 24 01:43:52.646 UTC +0000 Z am 1 328 .646',
    );
  });
  it('uuid is time ordered and new on each call', () => {
    const [a, b] = render('{{uuid}} {{uuid}}', base).split(' ');
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(a).not.toBe(b);
  });
});

describe('user and env', () => {
  it('unknown user variable is empty outside the variables section', () => {
    expect(render('[{{user `x`}}]', { userVariables: { y: '1' } })).toBe('[]');
  });
  it('unknown user variable is an error while variables are rendered', () => {
    expect(err('{{user `x`}}', { userVariables: {}, enableEnv: true })).toBe(
      'template: root:1:2: executing "root" at <user `x`>: error calling user: Error: variable not set: x',
    );
  });
  it('env only where enabled; unset is empty', () => {
    expect(err('{{env `A`}}', base)).toContain('error calling env: env vars are not allowed here');
    expect(render('{{env `A`}}|{{env `B`}}', { enableEnv: true, env: { A: 'a' } })).toBe('a|');
  });
  it('network-backed functions fail clearly', () => {
    expect(err('{{vault `a` `b`}}', { enableEnv: true })).toMatch(/error calling vault: Vault is not reachable/);
    expect(err('{{consul_key `a`}}', base)).toContain('consul_key is not allowed here');
    expect(err('{{aws_secretsmanager}}', { enableEnv: true })).toContain('secret name must be provided');
  });
});

describe('build context', () => {
  it('build_name, build_type, template_dir, pwd, packer_version', () => {
    const ctx: InterpolateContext = { buildName: 'b', buildType: 'null', templatePath: 'sub/t.json', cwd: '/w' };
    expect(render('{{build_name}} {{build_type}} {{template_dir}} {{pwd}} {{packer_version}}', ctx)).toBe('b null /w/sub /w 1.6.6');
    expect(err('{{template_dir}}', {})).toContain('error calling template_dir: template path not available');
  });
  it('build reads generated data and keeps placeholders for the second pass', () => {
    const data = { ID: 'Null', Host: PlaceholderMsg };
    expect(render('{{build `ID`}} {{build `Host`}}', { data })).toBe('Null {{.Host}}');
    expect(err('{{build `Nope`}}', { data })).toContain('error calling build: loaded data, but couldnt find Nope in it.');
    expect(err('{{build `ID`}}', {})).toContain(
      'error calling build: Error validating build variable: the given variable ID will not be passed into your plugin.',
    );
  });
  it('struct data: missing fields name the Go type', () => {
    const data = new GoStruct('*shell_local.ExecuteCommandTemplate', { Vars: 'A=1', Script: '/tmp/s' });
    expect(render('{{.Vars}} {{.Script}}', { data })).toBe('A=1 /tmp/s');
    expect(err('{{.Path}}', { data })).toBe(
      'template: root:1:2: executing "root" at <.Path>: can\'t evaluate field Path in type *shell_local.ExecuteCommandTemplate',
    );
  });
});

describe('extra functions', () => {
  it('ctx.funcs add and override functions, and their errors are Go-worded', () => {
    const funcs = {
      upper: (s: unknown) => `U(${String(s)})`,
      boom: () => {
        throw new Error('kaput');
      },
    };
    expect(render('{{upper "a"}} {{"b" | upper}}', { funcs })).toBe('U(a) U(b)');
    expect(err('{{boom 1}}', { funcs })).toBe('template: root:1:2: executing "root" at <boom 1>: error calling boom: kaput');
    expect(err('{{boom}}', {})).toBe('template: root:1: function "boom" not defined');
  });
});

describe('parse cache', () => {
  it('renders the same text repeatedly from one parse', () => {
    const text = '{{range $i, $v := .L}}{{$i}}:{{$v | upper}} {{end}}';
    const data = { L: ['a', 'b'] };
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < 20000; i++) render(text, { data });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    expect(render(text, { data })).toBe('0:A 1:B ');
    expect(ms).toBeLessThan(5000);
  });
  it('a cached parse error is thrown again', () => {
    expect(err('{{ if }}')).toBe('template: root:1: missing value for if');
    expect(err('{{ if }}')).toBe('template: root:1: missing value for if');
  });
});
