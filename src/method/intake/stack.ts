// The setting the flow runs in: language and client library, environment, broker and rack
// counts, platform, Kafka version, how many consumer instances may run, and team experience.
import { NUMBER, parseNumber } from './numbers.js';
import { FLOW, type Understood } from './understood.js';

interface Named<V> {
  value: V;
  words: RegExp;
}

const LIBRARIES: ReadonlyArray<Named<{ library: string; language: string }>> = [
  { value: { library: 'confluent-kafka-go', language: 'go' }, words: /\bconfluent-kafka-go\b/i },
  { value: { library: 'confluent-kafka-javascript', language: 'typescript' }, words: /\bconfluent-kafka-javascript\b|@confluentinc\/kafka-javascript/i },
  { value: { library: 'confluent-kafka', language: 'python' }, words: /\bconfluent[- ]kafka(?:[- ]python)?\b/i },
  { value: { library: 'kafka-python', language: 'python' }, words: /\bkafka-python\b/i },
  { value: { library: 'kafkajs', language: 'typescript' }, words: /\bkafka\.?js\b/i },
  { value: { library: 'node-rdkafka', language: 'typescript' }, words: /\bnode-rdkafka\b/i },
  { value: { library: 'franz-go', language: 'go' }, words: /\bfranz-go\b|\bfranz\b|\bkgo\b/i },
  { value: { library: 'sarama', language: 'go' }, words: /\bsarama\b/i },
  { value: { library: 'kafka-clients', language: 'java' }, words: /\bkafka-clients\b|\bspring[- ]kafka\b|\bjava client\b/i },
];

const LANGUAGES: ReadonlyArray<Named<string>> = [
  { value: 'python', words: /\bpython\b|\bdjango\b|\bfastapi\b|\bflask\b/i },
  { value: 'typescript', words: /\btype ?script\b|\bjavascript\b|(?<!\d[- ])\bnode(?:\.?js)?\b(?![- ](?:kafka )?cluster)|\bdeno\b|\bbun\b|\bnestjs\b/i },
  { value: 'java', words: /\bjava\b|\bkotlin\b|\bscala\b|\bspring(?: boot)?\b|\bquarkus\b|\bjvm\b/i },
  // "go" is an English verb: only the capitalised name, "golang", or "in go" count.
  { value: 'go', words: /\bgolang\b|\bin go\b|\bGo\b(?! live| to\b)/ },
];

export function extractClient(text: string): Understood[] {
  const lib = LIBRARIES.map((l) => ({ l, m: l.words.exec(text) })).find((x) => x.m);
  if (lib?.m) {
    return [
      { field: 'client.language', value: lib.l.value.language, from: lib.m[0] },
      { field: 'client.library', value: lib.l.value.library, from: lib.m[0] },
    ];
  }
  const lang = LANGUAGES.map((l) => ({ l, m: l.words.exec(text) })).find((x) => x.m);
  return lang?.m ? [{ field: 'client.language', value: lang.l.value, from: lang.m[0] }] : [];
}

const ENVIRONMENTS: ReadonlyArray<Named<string>> = [
  {
    value: 'development',
    words:
      /\bdocker[- ]desktop\b|\bdocker[- ]compose\b|\bon my (?:laptop|machine)\b|\blocal(?:ly| development| dev| setup| cluster| machine)\b|\b(?:dev|development) (?:environment|setup|cluster|first|only)\b|\bfor development\b|\bin development\b|\bminikube\b|\bkind cluster\b/i,
  },
  { value: 'staging', words: /\bstaging\b|\bpre-?prod(?:uction)?\b|\bqa environment\b/i },
  { value: 'production', words: /\bproduction\b|\bprod\b|\blive traffic\b/i },
];
/** "production later" names the next step, not where this design runs. */
const LATER = /^\s*(?:later|next|afterwards|eventually|after that)\b/i;

export function extractEnvironment(text: string): Understood[] {
  for (const env of ENVIRONMENTS) {
    for (const m of text.matchAll(new RegExp(env.words.source, 'gi'))) {
      if (LATER.test(text.slice(m.index + m[0].length))) continue;
      return [{ field: 'environment', value: env.value, from: m[0] }];
    }
  }
  return [];
}

/** "a broker" and "one broker dies" tell of a failure, not of how many brokers there are. */
const BROKERS = new RegExp(
  String.raw`(?<!\b(?:lose|losing|lost|if|when|kill|killing|without|survive|surviving|tolerate)\s+)\b(?!an?\b)(${NUMBER})[- ](?:kafka )?(?:brokers?|nodes? (?:kafka )?cluster|node cluster)\b(?!\s+(?:dies|die|fails?|goes down|go down|is down|are down|crash\w*|restarts?|is lost|are lost))|\bsingle[- ](?:kafka )?(?:broker|node)\b`,
  'gi',
);
const RACKS = new RegExp(String.raw`\b(${NUMBER}) (?:racks|availability zones|azs|zones|data ?cent(?:er|re)s)\b`, 'gi');
const INSTANCES = new RegExp(
  String.raw`\b(?:up to |at most |max(?:imum)?(?: of)? |no more than )?(${NUMBER}) (?:consumer |worker |processing |service )?(?:instances|consumers|pods|workers|processes|containers|replicas of the (?:consumer|worker|service))\b`,
  'gi',
);
const VERSION = /(?<![-.\w])(?:kafka|apache kafka|version)\s*v?(\d\.\d{1,2}(?:\.\d+)?)\b/i;

/** Every count the words give for the field: two different ones are a contradiction to ask about. */
function counted(re: RegExp, field: string, text: string, min = 1): Understood[] {
  const out: Understood[] = [];
  for (const m of text.matchAll(re)) {
    const n = m[1] ? parseNumber(m[1]) : 1;
    if (Number.isInteger(n) && n >= min) out.push({ field, value: n, from: m[0] });
  }
  return out;
}

export function extractCluster(text: string): Understood[] {
  const out = [...counted(BROKERS, 'cluster.brokers', text), ...counted(RACKS, 'cluster.racks', text)];
  const v = VERSION.exec(text);
  if (v) out.push({ field: 'cluster.kafka_version', value: v[1]!, from: v[0] });
  const p = PLATFORMS.map((x) => ({ x, m: x.words.exec(text) })).find((y) => y.m);
  if (p?.m) out.push({ field: 'cluster.platform', value: p.x.value, from: p.m[0] });
  return out;
}

const PLATFORMS: ReadonlyArray<Named<string>> = [
  { value: 'msk', words: /\b(?:amazon |aws )?msk\b/i },
  { value: 'confluent-cloud', words: /\bconfluent cloud\b/i },
  { value: 'strimzi', words: /\bstrimzi\b/i },
  { value: 'aiven', words: /\baiven\b/i },
  { value: 'redpanda', words: /\bredpanda\b/i },
  { value: 'self-managed', words: /\bself[- ](?:managed|hosted)\b|\bon[- ]prem(?:ises)?\b|\bour own (?:kafka|cluster|brokers)\b/i },
];

/** "one consumer", "a single worker": one instance, said in words. */
const ONE_INSTANCE = /\b(?:one|a single|single) (?:consumer|instance|pod|worker|process|container)\b(?! (?:group|per|each|for))/gi;

export function extractInstances(text: string): Understood[] {
  return [...counted(INSTANCES, `${FLOW}.processing.max_instances`, text), ...counted(ONE_INSTANCE, `${FLOW}.processing.max_instances`, text)];
}

const EXPERIENCE: ReadonlyArray<Named<string>> = [
  { value: 'beginner', words: /\bnew to kafka\b|\bfirst (?:time|project) (?:with|on|using) kafka\b|\bkafka beginners?\b|\bnever used kafka\b/i },
  { value: 'expert', words: /\b(?:kafka experts?|experienced (?:with )?kafka|years of kafka)\b/i },
];

export function extractExperience(text: string): Understood[] {
  const e = EXPERIENCE.map((x) => ({ x, m: x.words.exec(text) })).find((y) => y.m);
  return e?.m ? [{ field: 'team.kafka_experience', value: e.x.value, from: e.m[0] }] : [];
}

const GROWTH = /\b(?:grow(?:s|ing)?|growth of|scale) (?:by )?(\d+(?:\.\d+)?)\s*x\b|\b(\d+(?:\.\d+)?)\s*x (?:growth|more traffic|the traffic)\b|\b(double|triple|quadruple)s?\b/i;
const GROWTH_WORDS: Record<string, number> = { double: 2, triple: 3, quadruple: 4 };

export function extractGrowth(text: string): Understood[] {
  const m = GROWTH.exec(text);
  if (!m) return [];
  const factor = m[3] ? GROWTH_WORDS[m[3].toLowerCase()]! : Number(m[1] ?? m[2]);
  return factor >= 1 ? [{ field: `${FLOW}.throughput.growth_factor`, value: factor, from: m[0] }] : [];
}
