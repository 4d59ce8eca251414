/**
 * First module of every page (webpack.config.js puts it before each page's entry): what Internet Explorer 11 lacks
 * and React, Fluent UI or our code need the moment they load. Babel adds core-js for every other feature a module
 * uses ("usage"), but only at that module's own imports; these load before all of them. Each one installs itself
 * only where the browser lacks the feature, so a current browser keeps its own.
 */
import "core-js/modules/es.symbol.js";
import "core-js/modules/es.symbol.description.js";
import "core-js/modules/es.symbol.iterator.js";
import "core-js/modules/es.symbol.async-iterator.js";
import "core-js/modules/es.promise.js";
import "core-js/modules/es.promise.finally.js";
import "core-js/modules/es.array.iterator.js";
import "core-js/modules/es.array.from.js";
import "core-js/modules/es.string.iterator.js";
import "core-js/modules/es.map.js";
import "core-js/modules/es.set.js";
import "core-js/modules/es.weak-map.js";
import "core-js/modules/es.weak-set.js";
import "core-js/modules/es.object.assign.js";
import "core-js/modules/es.object.entries.js";
import "core-js/modules/es.object.values.js";
import "core-js/modules/es.global-this.js";
import "core-js/modules/web.dom-collections.iterator.js";
import "core-js/modules/web.url.js";
import "core-js/modules/web.url-search-params.js";
import "./text-encoding";
import "./dom";
