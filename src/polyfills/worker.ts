/** First module of the browser page's check worker: the base of page.ts that a worker can use. */
import "core-js/modules/es.symbol.js";
import "core-js/modules/es.symbol.iterator.js";
import "core-js/modules/es.promise.js";
import "core-js/modules/es.array.iterator.js";
import "core-js/modules/es.string.iterator.js";
import "core-js/modules/es.map.js";
import "core-js/modules/es.set.js";
import "core-js/modules/es.weak-map.js";
import "core-js/modules/es.object.assign.js";
import "core-js/modules/es.global-this.js";
import "./text-encoding";
