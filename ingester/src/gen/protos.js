/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Array = $util.global.Array, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $isFinite = $util.global.isFinite, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const types = $root.types = (() => {

    /**
     * Namespace types.
     * @exports types
     * @namespace
     */
    const types = {};

    types.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof types
         * @namespace
         */
        const v1 = {};

        v1.LabelPair = (function() {

            /**
             * Properties of a LabelPair.
             * @typedef {Object} types.v1.LabelPair.$Properties
             * @property {string|null} [name] LabelPair name
             * @property {string|null} [value] LabelPair value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LabelPair.
             * @memberof types.v1
             * @interface ILabelPair
             * @augments types.v1.LabelPair.$Properties
             * @deprecated Use types.v1.LabelPair.$Properties instead.
             */

            /**
             * Shape of a LabelPair.
             * @typedef {types.v1.LabelPair.$Properties} types.v1.LabelPair.$Shape
             */

            /**
             * Constructs a new LabelPair.
             * @memberof types.v1
             * @classdesc Represents a LabelPair.
             * @constructor
             * @param {types.v1.LabelPair.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LabelPair = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LabelPair name.
             * @member {string} name
             * @memberof types.v1.LabelPair
             * @instance
             */
            LabelPair.prototype.name = "";

            /**
             * LabelPair value.
             * @member {string} value
             * @memberof types.v1.LabelPair
             * @instance
             */
            LabelPair.prototype.value = "";

            /**
             * Creates a new LabelPair instance using the specified properties.
             * @function create
             * @memberof types.v1.LabelPair
             * @static
             * @param {types.v1.LabelPair.$Properties=} [properties] Properties to set
             * @returns {types.v1.LabelPair} LabelPair instance
             * @type {{
             *   (properties: types.v1.LabelPair.$Shape): types.v1.LabelPair & types.v1.LabelPair.$Shape;
             *   (properties?: types.v1.LabelPair.$Properties): types.v1.LabelPair;
             * }}
             */
            LabelPair.create = function(properties) {
                return new LabelPair(properties);
            };

            /**
             * Encodes the specified LabelPair message. Does not implicitly {@link types.v1.LabelPair.verify|verify} messages.
             * @function encode
             * @memberof types.v1.LabelPair
             * @static
             * @param {types.v1.LabelPair.$Properties} message LabelPair message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LabelPair.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified LabelPair message, length delimited. Does not implicitly {@link types.v1.LabelPair.verify|verify} messages.
             * @function encodeDelimited
             * @memberof types.v1.LabelPair
             * @static
             * @param {types.v1.LabelPair.$Properties} message LabelPair message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LabelPair.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a LabelPair message from the specified reader or buffer.
             * @function decode
             * @memberof types.v1.LabelPair
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {types.v1.LabelPair & types.v1.LabelPair.$Shape} LabelPair
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LabelPair.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.types.v1.LabelPair();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a LabelPair message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof types.v1.LabelPair
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {types.v1.LabelPair & types.v1.LabelPair.$Shape} LabelPair
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LabelPair.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a LabelPair message.
             * @function verify
             * @memberof types.v1.LabelPair
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LabelPair.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    if (!$util.isString(message.value))
                        return "value: string expected";
                return null;
            };

            /**
             * Creates a LabelPair message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof types.v1.LabelPair
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {types.v1.LabelPair} LabelPair
             */
            LabelPair.fromObject = function (object, _depth) {
                if (object instanceof $root.types.v1.LabelPair)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".types.v1.LabelPair: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.types.v1.LabelPair();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.value != null)
                    if (typeof object.value !== "string" || object.value.length)
                        message.value = $String(object.value);
                return message;
            };

            /**
             * Creates a plain object from a LabelPair message. Also converts values to other types if specified.
             * @function toObject
             * @memberof types.v1.LabelPair
             * @static
             * @param {types.v1.LabelPair} message LabelPair
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LabelPair.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    object.value = "";
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = message.value;
                return object;
            };

            /**
             * Converts this LabelPair to JSON.
             * @function toJSON
             * @memberof types.v1.LabelPair
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LabelPair.prototype.toJSON = function() {
                return LabelPair.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LabelPair
             * @function getTypeUrl
             * @memberof types.v1.LabelPair
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LabelPair.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/types.v1.LabelPair";
            };

            return LabelPair;
        })();

        v1.Labels = (function() {

            /**
             * Properties of a Labels.
             * @typedef {Object} types.v1.Labels.$Properties
             * @property {Array.<types.v1.LabelPair.$Properties>|null} [labels] Labels labels
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Labels.
             * @memberof types.v1
             * @interface ILabels
             * @augments types.v1.Labels.$Properties
             * @deprecated Use types.v1.Labels.$Properties instead.
             */

            /**
             * Shape of a Labels.
             * @typedef {types.v1.Labels.$Properties} types.v1.Labels.$Shape
             */

            /**
             * Constructs a new Labels.
             * @memberof types.v1
             * @classdesc Represents a Labels.
             * @constructor
             * @param {types.v1.Labels.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Labels = function (properties) {
                this.labels = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Labels labels.
             * @member {Array.<types.v1.LabelPair.$Properties>} labels
             * @memberof types.v1.Labels
             * @instance
             */
            Labels.prototype.labels = $util.emptyArray;

            /**
             * Creates a new Labels instance using the specified properties.
             * @function create
             * @memberof types.v1.Labels
             * @static
             * @param {types.v1.Labels.$Properties=} [properties] Properties to set
             * @returns {types.v1.Labels} Labels instance
             * @type {{
             *   (properties: types.v1.Labels.$Shape): types.v1.Labels & types.v1.Labels.$Shape;
             *   (properties?: types.v1.Labels.$Properties): types.v1.Labels;
             * }}
             */
            Labels.create = function(properties) {
                return new Labels(properties);
            };

            /**
             * Encodes the specified Labels message. Does not implicitly {@link types.v1.Labels.verify|verify} messages.
             * @function encode
             * @memberof types.v1.Labels
             * @static
             * @param {types.v1.Labels.$Properties} message Labels message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Labels.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.labels != null && message.labels.length)
                    for (let i = 0; i < message.labels.length; ++i)
                        $root.types.v1.LabelPair.encode(message.labels[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Labels message, length delimited. Does not implicitly {@link types.v1.Labels.verify|verify} messages.
             * @function encodeDelimited
             * @memberof types.v1.Labels
             * @static
             * @param {types.v1.Labels.$Properties} message Labels message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Labels.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Labels message from the specified reader or buffer.
             * @function decode
             * @memberof types.v1.Labels
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {types.v1.Labels & types.v1.Labels.$Shape} Labels
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Labels.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.types.v1.Labels();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.labels && message.labels.length))
                                message.labels = [];
                            message.labels.push($root.types.v1.LabelPair.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Labels message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof types.v1.Labels
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {types.v1.Labels & types.v1.Labels.$Shape} Labels
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Labels.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Labels message.
             * @function verify
             * @memberof types.v1.Labels
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Labels.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels")) {
                    if (!$Array.isArray(message.labels))
                        return "labels: array expected";
                    for (let i = 0; i < message.labels.length; ++i) {
                        let error = $root.types.v1.LabelPair.verify(message.labels[i], _depth + 1);
                        if (error)
                            return "labels." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a Labels message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof types.v1.Labels
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {types.v1.Labels} Labels
             */
            Labels.fromObject = function (object, _depth) {
                if (object instanceof $root.types.v1.Labels)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".types.v1.Labels: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.types.v1.Labels();
                if (object.labels) {
                    if (!$Array.isArray(object.labels))
                        throw $TypeError(".types.v1.Labels.labels: array expected");
                    message.labels = $Array(object.labels.length);
                    for (let i = 0; i < object.labels.length; ++i) {
                        if (!$util.isObject(object.labels[i]))
                            throw $TypeError(".types.v1.Labels.labels: object expected");
                        message.labels[i] = $root.types.v1.LabelPair.fromObject(object.labels[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a Labels message. Also converts values to other types if specified.
             * @function toObject
             * @memberof types.v1.Labels
             * @static
             * @param {types.v1.Labels} message Labels
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Labels.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.labels = [];
                if (message.labels && message.labels.length) {
                    object.labels = $Array(message.labels.length);
                    for (let j = 0; j < message.labels.length; ++j)
                        object.labels[j] = $root.types.v1.LabelPair.toObject(message.labels[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this Labels to JSON.
             * @function toJSON
             * @memberof types.v1.Labels
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Labels.prototype.toJSON = function() {
                return Labels.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Labels
             * @function getTypeUrl
             * @memberof types.v1.Labels
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Labels.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/types.v1.Labels";
            };

            return Labels;
        })();

        v1.ProfileAnnotation = (function() {

            /**
             * Properties of a ProfileAnnotation.
             * @typedef {Object} types.v1.ProfileAnnotation.$Properties
             * @property {string|null} [key] ProfileAnnotation key
             * @property {string|null} [value] ProfileAnnotation value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProfileAnnotation.
             * @memberof types.v1
             * @interface IProfileAnnotation
             * @augments types.v1.ProfileAnnotation.$Properties
             * @deprecated Use types.v1.ProfileAnnotation.$Properties instead.
             */

            /**
             * Shape of a ProfileAnnotation.
             * @typedef {types.v1.ProfileAnnotation.$Properties} types.v1.ProfileAnnotation.$Shape
             */

            /**
             * Constructs a new ProfileAnnotation.
             * @memberof types.v1
             * @classdesc Represents a ProfileAnnotation.
             * @constructor
             * @param {types.v1.ProfileAnnotation.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ProfileAnnotation = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ProfileAnnotation key.
             * @member {string} key
             * @memberof types.v1.ProfileAnnotation
             * @instance
             */
            ProfileAnnotation.prototype.key = "";

            /**
             * ProfileAnnotation value.
             * @member {string} value
             * @memberof types.v1.ProfileAnnotation
             * @instance
             */
            ProfileAnnotation.prototype.value = "";

            /**
             * Creates a new ProfileAnnotation instance using the specified properties.
             * @function create
             * @memberof types.v1.ProfileAnnotation
             * @static
             * @param {types.v1.ProfileAnnotation.$Properties=} [properties] Properties to set
             * @returns {types.v1.ProfileAnnotation} ProfileAnnotation instance
             * @type {{
             *   (properties: types.v1.ProfileAnnotation.$Shape): types.v1.ProfileAnnotation & types.v1.ProfileAnnotation.$Shape;
             *   (properties?: types.v1.ProfileAnnotation.$Properties): types.v1.ProfileAnnotation;
             * }}
             */
            ProfileAnnotation.create = function(properties) {
                return new ProfileAnnotation(properties);
            };

            /**
             * Encodes the specified ProfileAnnotation message. Does not implicitly {@link types.v1.ProfileAnnotation.verify|verify} messages.
             * @function encode
             * @memberof types.v1.ProfileAnnotation
             * @static
             * @param {types.v1.ProfileAnnotation.$Properties} message ProfileAnnotation message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProfileAnnotation.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.key);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ProfileAnnotation message, length delimited. Does not implicitly {@link types.v1.ProfileAnnotation.verify|verify} messages.
             * @function encodeDelimited
             * @memberof types.v1.ProfileAnnotation
             * @static
             * @param {types.v1.ProfileAnnotation.$Properties} message ProfileAnnotation message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProfileAnnotation.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ProfileAnnotation message from the specified reader or buffer.
             * @function decode
             * @memberof types.v1.ProfileAnnotation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {types.v1.ProfileAnnotation & types.v1.ProfileAnnotation.$Shape} ProfileAnnotation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProfileAnnotation.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.types.v1.ProfileAnnotation();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.key = value;
                            else
                                delete message.key;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ProfileAnnotation message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof types.v1.ProfileAnnotation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {types.v1.ProfileAnnotation & types.v1.ProfileAnnotation.$Shape} ProfileAnnotation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProfileAnnotation.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ProfileAnnotation message.
             * @function verify
             * @memberof types.v1.ProfileAnnotation
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ProfileAnnotation.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                    if (!$util.isString(message.key))
                        return "key: string expected";
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    if (!$util.isString(message.value))
                        return "value: string expected";
                return null;
            };

            /**
             * Creates a ProfileAnnotation message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof types.v1.ProfileAnnotation
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {types.v1.ProfileAnnotation} ProfileAnnotation
             */
            ProfileAnnotation.fromObject = function (object, _depth) {
                if (object instanceof $root.types.v1.ProfileAnnotation)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".types.v1.ProfileAnnotation: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.types.v1.ProfileAnnotation();
                if (object.key != null)
                    if (typeof object.key !== "string" || object.key.length)
                        message.key = $String(object.key);
                if (object.value != null)
                    if (typeof object.value !== "string" || object.value.length)
                        message.value = $String(object.value);
                return message;
            };

            /**
             * Creates a plain object from a ProfileAnnotation message. Also converts values to other types if specified.
             * @function toObject
             * @memberof types.v1.ProfileAnnotation
             * @static
             * @param {types.v1.ProfileAnnotation} message ProfileAnnotation
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ProfileAnnotation.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.key = "";
                    object.value = "";
                }
                if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                    object.key = message.key;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = message.value;
                return object;
            };

            /**
             * Converts this ProfileAnnotation to JSON.
             * @function toJSON
             * @memberof types.v1.ProfileAnnotation
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ProfileAnnotation.prototype.toJSON = function() {
                return ProfileAnnotation.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ProfileAnnotation
             * @function getTypeUrl
             * @memberof types.v1.ProfileAnnotation
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ProfileAnnotation.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/types.v1.ProfileAnnotation";
            };

            return ProfileAnnotation;
        })();

        v1.ProfileType = (function() {

            /**
             * Properties of a ProfileType.
             * @typedef {Object} types.v1.ProfileType.$Properties
             * @property {string|null} [ID] ProfileType ID
             * @property {string|null} [name] ProfileType name
             * @property {string|null} [sampleType] ProfileType sampleType
             * @property {string|null} [sampleUnit] ProfileType sampleUnit
             * @property {string|null} [periodType] ProfileType periodType
             * @property {string|null} [periodUnit] ProfileType periodUnit
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProfileType.
             * @memberof types.v1
             * @interface IProfileType
             * @augments types.v1.ProfileType.$Properties
             * @deprecated Use types.v1.ProfileType.$Properties instead.
             */

            /**
             * Shape of a ProfileType.
             * @typedef {types.v1.ProfileType.$Properties} types.v1.ProfileType.$Shape
             */

            /**
             * Constructs a new ProfileType.
             * @memberof types.v1
             * @classdesc Represents a ProfileType.
             * @constructor
             * @param {types.v1.ProfileType.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ProfileType = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ProfileType ID.
             * @member {string} ID
             * @memberof types.v1.ProfileType
             * @instance
             */
            ProfileType.prototype.ID = "";

            /**
             * ProfileType name.
             * @member {string} name
             * @memberof types.v1.ProfileType
             * @instance
             */
            ProfileType.prototype.name = "";

            /**
             * ProfileType sampleType.
             * @member {string} sampleType
             * @memberof types.v1.ProfileType
             * @instance
             */
            ProfileType.prototype.sampleType = "";

            /**
             * ProfileType sampleUnit.
             * @member {string} sampleUnit
             * @memberof types.v1.ProfileType
             * @instance
             */
            ProfileType.prototype.sampleUnit = "";

            /**
             * ProfileType periodType.
             * @member {string} periodType
             * @memberof types.v1.ProfileType
             * @instance
             */
            ProfileType.prototype.periodType = "";

            /**
             * ProfileType periodUnit.
             * @member {string} periodUnit
             * @memberof types.v1.ProfileType
             * @instance
             */
            ProfileType.prototype.periodUnit = "";

            /**
             * Creates a new ProfileType instance using the specified properties.
             * @function create
             * @memberof types.v1.ProfileType
             * @static
             * @param {types.v1.ProfileType.$Properties=} [properties] Properties to set
             * @returns {types.v1.ProfileType} ProfileType instance
             * @type {{
             *   (properties: types.v1.ProfileType.$Shape): types.v1.ProfileType & types.v1.ProfileType.$Shape;
             *   (properties?: types.v1.ProfileType.$Properties): types.v1.ProfileType;
             * }}
             */
            ProfileType.create = function(properties) {
                return new ProfileType(properties);
            };

            /**
             * Encodes the specified ProfileType message. Does not implicitly {@link types.v1.ProfileType.verify|verify} messages.
             * @function encode
             * @memberof types.v1.ProfileType
             * @static
             * @param {types.v1.ProfileType.$Properties} message ProfileType message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProfileType.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.ID != null && $Object.hasOwnProperty.call(message, "ID") && message.ID !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.ID);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.sampleType != null && $Object.hasOwnProperty.call(message, "sampleType") && message.sampleType !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.sampleType);
                if (message.sampleUnit != null && $Object.hasOwnProperty.call(message, "sampleUnit") && message.sampleUnit !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.sampleUnit);
                if (message.periodType != null && $Object.hasOwnProperty.call(message, "periodType") && message.periodType !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.periodType);
                if (message.periodUnit != null && $Object.hasOwnProperty.call(message, "periodUnit") && message.periodUnit !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.periodUnit);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ProfileType message, length delimited. Does not implicitly {@link types.v1.ProfileType.verify|verify} messages.
             * @function encodeDelimited
             * @memberof types.v1.ProfileType
             * @static
             * @param {types.v1.ProfileType.$Properties} message ProfileType message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProfileType.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ProfileType message from the specified reader or buffer.
             * @function decode
             * @memberof types.v1.ProfileType
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {types.v1.ProfileType & types.v1.ProfileType.$Shape} ProfileType
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProfileType.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.types.v1.ProfileType();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ID = value;
                            else
                                delete message.ID;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sampleType = value;
                            else
                                delete message.sampleType;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sampleUnit = value;
                            else
                                delete message.sampleUnit;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.periodType = value;
                            else
                                delete message.periodType;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.periodUnit = value;
                            else
                                delete message.periodUnit;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ProfileType message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof types.v1.ProfileType
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {types.v1.ProfileType & types.v1.ProfileType.$Shape} ProfileType
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProfileType.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ProfileType message.
             * @function verify
             * @memberof types.v1.ProfileType
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ProfileType.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.ID != null && $Object.hasOwnProperty.call(message, "ID"))
                    if (!$util.isString(message.ID))
                        return "ID: string expected";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.sampleType != null && $Object.hasOwnProperty.call(message, "sampleType"))
                    if (!$util.isString(message.sampleType))
                        return "sampleType: string expected";
                if (message.sampleUnit != null && $Object.hasOwnProperty.call(message, "sampleUnit"))
                    if (!$util.isString(message.sampleUnit))
                        return "sampleUnit: string expected";
                if (message.periodType != null && $Object.hasOwnProperty.call(message, "periodType"))
                    if (!$util.isString(message.periodType))
                        return "periodType: string expected";
                if (message.periodUnit != null && $Object.hasOwnProperty.call(message, "periodUnit"))
                    if (!$util.isString(message.periodUnit))
                        return "periodUnit: string expected";
                return null;
            };

            /**
             * Creates a ProfileType message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof types.v1.ProfileType
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {types.v1.ProfileType} ProfileType
             */
            ProfileType.fromObject = function (object, _depth) {
                if (object instanceof $root.types.v1.ProfileType)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".types.v1.ProfileType: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.types.v1.ProfileType();
                if (object.ID != null)
                    if (typeof object.ID !== "string" || object.ID.length)
                        message.ID = $String(object.ID);
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.sampleType != null)
                    if (typeof object.sampleType !== "string" || object.sampleType.length)
                        message.sampleType = $String(object.sampleType);
                if (object.sampleUnit != null)
                    if (typeof object.sampleUnit !== "string" || object.sampleUnit.length)
                        message.sampleUnit = $String(object.sampleUnit);
                if (object.periodType != null)
                    if (typeof object.periodType !== "string" || object.periodType.length)
                        message.periodType = $String(object.periodType);
                if (object.periodUnit != null)
                    if (typeof object.periodUnit !== "string" || object.periodUnit.length)
                        message.periodUnit = $String(object.periodUnit);
                return message;
            };

            /**
             * Creates a plain object from a ProfileType message. Also converts values to other types if specified.
             * @function toObject
             * @memberof types.v1.ProfileType
             * @static
             * @param {types.v1.ProfileType} message ProfileType
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ProfileType.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.ID = "";
                    object.name = "";
                    object.sampleType = "";
                    object.sampleUnit = "";
                    object.periodType = "";
                    object.periodUnit = "";
                }
                if (message.ID != null && $Object.hasOwnProperty.call(message, "ID"))
                    object.ID = message.ID;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.sampleType != null && $Object.hasOwnProperty.call(message, "sampleType"))
                    object.sampleType = message.sampleType;
                if (message.sampleUnit != null && $Object.hasOwnProperty.call(message, "sampleUnit"))
                    object.sampleUnit = message.sampleUnit;
                if (message.periodType != null && $Object.hasOwnProperty.call(message, "periodType"))
                    object.periodType = message.periodType;
                if (message.periodUnit != null && $Object.hasOwnProperty.call(message, "periodUnit"))
                    object.periodUnit = message.periodUnit;
                return object;
            };

            /**
             * Converts this ProfileType to JSON.
             * @function toJSON
             * @memberof types.v1.ProfileType
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ProfileType.prototype.toJSON = function() {
                return ProfileType.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ProfileType
             * @function getTypeUrl
             * @memberof types.v1.ProfileType
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ProfileType.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/types.v1.ProfileType";
            };

            return ProfileType;
        })();

        v1.Series = (function() {

            /**
             * Properties of a Series.
             * @typedef {Object} types.v1.Series.$Properties
             * @property {Array.<types.v1.LabelPair.$Properties>|null} [labels] Series labels
             * @property {Array.<types.v1.Point.$Properties>|null} [points] Series points
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Series.
             * @memberof types.v1
             * @interface ISeries
             * @augments types.v1.Series.$Properties
             * @deprecated Use types.v1.Series.$Properties instead.
             */

            /**
             * Shape of a Series.
             * @typedef {types.v1.Series.$Properties} types.v1.Series.$Shape
             */

            /**
             * Constructs a new Series.
             * @memberof types.v1
             * @classdesc Represents a Series.
             * @constructor
             * @param {types.v1.Series.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Series = function (properties) {
                this.labels = [];
                this.points = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Series labels.
             * @member {Array.<types.v1.LabelPair.$Properties>} labels
             * @memberof types.v1.Series
             * @instance
             */
            Series.prototype.labels = $util.emptyArray;

            /**
             * Series points.
             * @member {Array.<types.v1.Point.$Properties>} points
             * @memberof types.v1.Series
             * @instance
             */
            Series.prototype.points = $util.emptyArray;

            /**
             * Creates a new Series instance using the specified properties.
             * @function create
             * @memberof types.v1.Series
             * @static
             * @param {types.v1.Series.$Properties=} [properties] Properties to set
             * @returns {types.v1.Series} Series instance
             * @type {{
             *   (properties: types.v1.Series.$Shape): types.v1.Series & types.v1.Series.$Shape;
             *   (properties?: types.v1.Series.$Properties): types.v1.Series;
             * }}
             */
            Series.create = function(properties) {
                return new Series(properties);
            };

            /**
             * Encodes the specified Series message. Does not implicitly {@link types.v1.Series.verify|verify} messages.
             * @function encode
             * @memberof types.v1.Series
             * @static
             * @param {types.v1.Series.$Properties} message Series message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Series.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.labels != null && message.labels.length)
                    for (let i = 0; i < message.labels.length; ++i)
                        $root.types.v1.LabelPair.encode(message.labels[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.points != null && message.points.length)
                    for (let i = 0; i < message.points.length; ++i)
                        $root.types.v1.Point.encode(message.points[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Series message, length delimited. Does not implicitly {@link types.v1.Series.verify|verify} messages.
             * @function encodeDelimited
             * @memberof types.v1.Series
             * @static
             * @param {types.v1.Series.$Properties} message Series message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Series.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Series message from the specified reader or buffer.
             * @function decode
             * @memberof types.v1.Series
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {types.v1.Series & types.v1.Series.$Shape} Series
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Series.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.types.v1.Series();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.labels && message.labels.length))
                                message.labels = [];
                            message.labels.push($root.types.v1.LabelPair.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.points && message.points.length))
                                message.points = [];
                            message.points.push($root.types.v1.Point.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Series message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof types.v1.Series
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {types.v1.Series & types.v1.Series.$Shape} Series
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Series.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Series message.
             * @function verify
             * @memberof types.v1.Series
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Series.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels")) {
                    if (!$Array.isArray(message.labels))
                        return "labels: array expected";
                    for (let i = 0; i < message.labels.length; ++i) {
                        let error = $root.types.v1.LabelPair.verify(message.labels[i], _depth + 1);
                        if (error)
                            return "labels." + error;
                    }
                }
                if (message.points != null && $Object.hasOwnProperty.call(message, "points")) {
                    if (!$Array.isArray(message.points))
                        return "points: array expected";
                    for (let i = 0; i < message.points.length; ++i) {
                        let error = $root.types.v1.Point.verify(message.points[i], _depth + 1);
                        if (error)
                            return "points." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a Series message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof types.v1.Series
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {types.v1.Series} Series
             */
            Series.fromObject = function (object, _depth) {
                if (object instanceof $root.types.v1.Series)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".types.v1.Series: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.types.v1.Series();
                if (object.labels) {
                    if (!$Array.isArray(object.labels))
                        throw $TypeError(".types.v1.Series.labels: array expected");
                    message.labels = $Array(object.labels.length);
                    for (let i = 0; i < object.labels.length; ++i) {
                        if (!$util.isObject(object.labels[i]))
                            throw $TypeError(".types.v1.Series.labels: object expected");
                        message.labels[i] = $root.types.v1.LabelPair.fromObject(object.labels[i], _depth + 1);
                    }
                }
                if (object.points) {
                    if (!$Array.isArray(object.points))
                        throw $TypeError(".types.v1.Series.points: array expected");
                    message.points = $Array(object.points.length);
                    for (let i = 0; i < object.points.length; ++i) {
                        if (!$util.isObject(object.points[i]))
                            throw $TypeError(".types.v1.Series.points: object expected");
                        message.points[i] = $root.types.v1.Point.fromObject(object.points[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a Series message. Also converts values to other types if specified.
             * @function toObject
             * @memberof types.v1.Series
             * @static
             * @param {types.v1.Series} message Series
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Series.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.labels = [];
                    object.points = [];
                }
                if (message.labels && message.labels.length) {
                    object.labels = $Array(message.labels.length);
                    for (let j = 0; j < message.labels.length; ++j)
                        object.labels[j] = $root.types.v1.LabelPair.toObject(message.labels[j], options, _depth + 1);
                }
                if (message.points && message.points.length) {
                    object.points = $Array(message.points.length);
                    for (let j = 0; j < message.points.length; ++j)
                        object.points[j] = $root.types.v1.Point.toObject(message.points[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this Series to JSON.
             * @function toJSON
             * @memberof types.v1.Series
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Series.prototype.toJSON = function() {
                return Series.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Series
             * @function getTypeUrl
             * @memberof types.v1.Series
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Series.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/types.v1.Series";
            };

            return Series;
        })();

        v1.Point = (function() {

            /**
             * Properties of a Point.
             * @typedef {Object} types.v1.Point.$Properties
             * @property {number|null} [value] Point value
             * @property {number|null} [timestamp] Point timestamp
             * @property {Array.<types.v1.ProfileAnnotation.$Properties>|null} [annotations] Point annotations
             * @property {Array.<types.v1.Exemplar.$Properties>|null} [exemplars] Point exemplars
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Point.
             * @memberof types.v1
             * @interface IPoint
             * @augments types.v1.Point.$Properties
             * @deprecated Use types.v1.Point.$Properties instead.
             */

            /**
             * Shape of a Point.
             * @typedef {types.v1.Point.$Properties} types.v1.Point.$Shape
             */

            /**
             * Constructs a new Point.
             * @memberof types.v1
             * @classdesc Represents a Point.
             * @constructor
             * @param {types.v1.Point.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Point = function (properties) {
                this.annotations = [];
                this.exemplars = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Point value.
             * @member {number} value
             * @memberof types.v1.Point
             * @instance
             */
            Point.prototype.value = 0;

            /**
             * Point timestamp.
             * @member {number} timestamp
             * @memberof types.v1.Point
             * @instance
             */
            Point.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Point annotations.
             * @member {Array.<types.v1.ProfileAnnotation.$Properties>} annotations
             * @memberof types.v1.Point
             * @instance
             */
            Point.prototype.annotations = $util.emptyArray;

            /**
             * Point exemplars.
             * @member {Array.<types.v1.Exemplar.$Properties>} exemplars
             * @memberof types.v1.Point
             * @instance
             */
            Point.prototype.exemplars = $util.emptyArray;

            /**
             * Creates a new Point instance using the specified properties.
             * @function create
             * @memberof types.v1.Point
             * @static
             * @param {types.v1.Point.$Properties=} [properties] Properties to set
             * @returns {types.v1.Point} Point instance
             * @type {{
             *   (properties: types.v1.Point.$Shape): types.v1.Point & types.v1.Point.$Shape;
             *   (properties?: types.v1.Point.$Properties): types.v1.Point;
             * }}
             */
            Point.create = function(properties) {
                return new Point(properties);
            };

            /**
             * Encodes the specified Point message. Does not implicitly {@link types.v1.Point.verify|verify} messages.
             * @function encode
             * @memberof types.v1.Point
             * @static
             * @param {types.v1.Point.$Properties} message Point message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Point.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && !$Object.is(message.value, 0))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.value);
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp") && (typeof message.timestamp === "object" ? message.timestamp.low || message.timestamp.high : message.timestamp !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.timestamp);
                if (message.annotations != null && message.annotations.length)
                    for (let i = 0; i < message.annotations.length; ++i)
                        $root.types.v1.ProfileAnnotation.encode(message.annotations[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.exemplars != null && message.exemplars.length)
                    for (let i = 0; i < message.exemplars.length; ++i)
                        $root.types.v1.Exemplar.encode(message.exemplars[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Point message, length delimited. Does not implicitly {@link types.v1.Point.verify|verify} messages.
             * @function encodeDelimited
             * @memberof types.v1.Point
             * @static
             * @param {types.v1.Point.$Properties} message Point message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Point.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Point message from the specified reader or buffer.
             * @function decode
             * @memberof types.v1.Point
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {types.v1.Point & types.v1.Point.$Shape} Point
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Point.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.types.v1.Point();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.timestamp = value;
                            else
                                delete message.timestamp;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.annotations && message.annotations.length))
                                message.annotations = [];
                            message.annotations.push($root.types.v1.ProfileAnnotation.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.exemplars && message.exemplars.length))
                                message.exemplars = [];
                            message.exemplars.push($root.types.v1.Exemplar.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Point message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof types.v1.Point
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {types.v1.Point & types.v1.Point.$Shape} Point
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Point.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Point message.
             * @function verify
             * @memberof types.v1.Point
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Point.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    if (typeof message.value !== "number")
                        return "value: number expected";
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                    if (!$util.isInteger(message.timestamp) && !(message.timestamp && $util.isInteger(message.timestamp.low) && $util.isInteger(message.timestamp.high)))
                        return "timestamp: integer|Long expected";
                if (message.annotations != null && $Object.hasOwnProperty.call(message, "annotations")) {
                    if (!$Array.isArray(message.annotations))
                        return "annotations: array expected";
                    for (let i = 0; i < message.annotations.length; ++i) {
                        let error = $root.types.v1.ProfileAnnotation.verify(message.annotations[i], _depth + 1);
                        if (error)
                            return "annotations." + error;
                    }
                }
                if (message.exemplars != null && $Object.hasOwnProperty.call(message, "exemplars")) {
                    if (!$Array.isArray(message.exemplars))
                        return "exemplars: array expected";
                    for (let i = 0; i < message.exemplars.length; ++i) {
                        let error = $root.types.v1.Exemplar.verify(message.exemplars[i], _depth + 1);
                        if (error)
                            return "exemplars." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a Point message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof types.v1.Point
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {types.v1.Point} Point
             */
            Point.fromObject = function (object, _depth) {
                if (object instanceof $root.types.v1.Point)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".types.v1.Point: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.types.v1.Point();
                if (object.value != null)
                    if (!$Object.is($Number(object.value), 0))
                        message.value = $Number(object.value);
                if (object.timestamp != null)
                    if (typeof object.timestamp === "object" ? object.timestamp.low || object.timestamp.high : $Number(object.timestamp) !== 0)
                        if ($util.Long)
                            message.timestamp = $util.Long.fromValue(object.timestamp, false);
                        else if (typeof object.timestamp === "string")
                            message.timestamp = $parseInt(object.timestamp, 10);
                        else if (typeof object.timestamp === "number")
                            message.timestamp = object.timestamp;
                        else if (typeof object.timestamp === "object")
                            message.timestamp = new $util.LongBits(object.timestamp.low >>> 0, object.timestamp.high >>> 0).toNumber();
                if (object.annotations) {
                    if (!$Array.isArray(object.annotations))
                        throw $TypeError(".types.v1.Point.annotations: array expected");
                    message.annotations = $Array(object.annotations.length);
                    for (let i = 0; i < object.annotations.length; ++i) {
                        if (!$util.isObject(object.annotations[i]))
                            throw $TypeError(".types.v1.Point.annotations: object expected");
                        message.annotations[i] = $root.types.v1.ProfileAnnotation.fromObject(object.annotations[i], _depth + 1);
                    }
                }
                if (object.exemplars) {
                    if (!$Array.isArray(object.exemplars))
                        throw $TypeError(".types.v1.Point.exemplars: array expected");
                    message.exemplars = $Array(object.exemplars.length);
                    for (let i = 0; i < object.exemplars.length; ++i) {
                        if (!$util.isObject(object.exemplars[i]))
                            throw $TypeError(".types.v1.Point.exemplars: object expected");
                        message.exemplars[i] = $root.types.v1.Exemplar.fromObject(object.exemplars[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a Point message. Also converts values to other types if specified.
             * @function toObject
             * @memberof types.v1.Point
             * @static
             * @param {types.v1.Point} message Point
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Point.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.annotations = [];
                    object.exemplars = [];
                }
                if (options.defaults) {
                    object.value = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.timestamp = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timestamp = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = options.json && !$isFinite(message.value) ? $String(message.value) : message.value;
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timestamp = typeof message.timestamp === "number" ? $BigInt(message.timestamp) : $util.Long.fromBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0, false).toBigInt();
                    else if (typeof message.timestamp === "number")
                        object.timestamp = options.longs === $String ? $String(message.timestamp) : message.timestamp;
                    else
                        object.timestamp = options.longs === $String ? $util.Long.prototype.toString.call(message.timestamp) : options.longs === $Number ? new $util.LongBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0).toNumber() : message.timestamp;
                if (message.annotations && message.annotations.length) {
                    object.annotations = $Array(message.annotations.length);
                    for (let j = 0; j < message.annotations.length; ++j)
                        object.annotations[j] = $root.types.v1.ProfileAnnotation.toObject(message.annotations[j], options, _depth + 1);
                }
                if (message.exemplars && message.exemplars.length) {
                    object.exemplars = $Array(message.exemplars.length);
                    for (let j = 0; j < message.exemplars.length; ++j)
                        object.exemplars[j] = $root.types.v1.Exemplar.toObject(message.exemplars[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this Point to JSON.
             * @function toJSON
             * @memberof types.v1.Point
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Point.prototype.toJSON = function() {
                return Point.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Point
             * @function getTypeUrl
             * @memberof types.v1.Point
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Point.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/types.v1.Point";
            };

            return Point;
        })();

        v1.Exemplar = (function() {

            /**
             * Properties of an Exemplar.
             * @typedef {Object} types.v1.Exemplar.$Properties
             * @property {number|null} [timestamp] Exemplar timestamp
             * @property {string|null} [profileId] Exemplar profileId
             * @property {string|null} [spanId] Exemplar spanId
             * @property {number|null} [value] Exemplar value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Exemplar.
             * @memberof types.v1
             * @interface IExemplar
             * @augments types.v1.Exemplar.$Properties
             * @deprecated Use types.v1.Exemplar.$Properties instead.
             */

            /**
             * Shape of an Exemplar.
             * @typedef {types.v1.Exemplar.$Properties} types.v1.Exemplar.$Shape
             */

            /**
             * Constructs a new Exemplar.
             * @memberof types.v1
             * @classdesc Represents an Exemplar.
             * @constructor
             * @param {types.v1.Exemplar.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Exemplar = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Exemplar timestamp.
             * @member {number} timestamp
             * @memberof types.v1.Exemplar
             * @instance
             */
            Exemplar.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Exemplar profileId.
             * @member {string} profileId
             * @memberof types.v1.Exemplar
             * @instance
             */
            Exemplar.prototype.profileId = "";

            /**
             * Exemplar spanId.
             * @member {string} spanId
             * @memberof types.v1.Exemplar
             * @instance
             */
            Exemplar.prototype.spanId = "";

            /**
             * Exemplar value.
             * @member {number} value
             * @memberof types.v1.Exemplar
             * @instance
             */
            Exemplar.prototype.value = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new Exemplar instance using the specified properties.
             * @function create
             * @memberof types.v1.Exemplar
             * @static
             * @param {types.v1.Exemplar.$Properties=} [properties] Properties to set
             * @returns {types.v1.Exemplar} Exemplar instance
             * @type {{
             *   (properties: types.v1.Exemplar.$Shape): types.v1.Exemplar & types.v1.Exemplar.$Shape;
             *   (properties?: types.v1.Exemplar.$Properties): types.v1.Exemplar;
             * }}
             */
            Exemplar.create = function(properties) {
                return new Exemplar(properties);
            };

            /**
             * Encodes the specified Exemplar message. Does not implicitly {@link types.v1.Exemplar.verify|verify} messages.
             * @function encode
             * @memberof types.v1.Exemplar
             * @static
             * @param {types.v1.Exemplar.$Properties} message Exemplar message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Exemplar.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp") && (typeof message.timestamp === "object" ? message.timestamp.low || message.timestamp.high : message.timestamp !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.timestamp);
                if (message.profileId != null && $Object.hasOwnProperty.call(message, "profileId") && message.profileId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.profileId);
                if (message.spanId != null && $Object.hasOwnProperty.call(message, "spanId") && message.spanId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.spanId);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && (typeof message.value === "object" ? message.value.low || message.value.high : message.value !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Exemplar message, length delimited. Does not implicitly {@link types.v1.Exemplar.verify|verify} messages.
             * @function encodeDelimited
             * @memberof types.v1.Exemplar
             * @static
             * @param {types.v1.Exemplar.$Properties} message Exemplar message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Exemplar.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Exemplar message from the specified reader or buffer.
             * @function decode
             * @memberof types.v1.Exemplar
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {types.v1.Exemplar & types.v1.Exemplar.$Shape} Exemplar
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Exemplar.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.types.v1.Exemplar();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.timestamp = value;
                            else
                                delete message.timestamp;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.profileId = value;
                            else
                                delete message.profileId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.spanId = value;
                            else
                                delete message.spanId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an Exemplar message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof types.v1.Exemplar
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {types.v1.Exemplar & types.v1.Exemplar.$Shape} Exemplar
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Exemplar.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Exemplar message.
             * @function verify
             * @memberof types.v1.Exemplar
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Exemplar.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                    if (!$util.isInteger(message.timestamp) && !(message.timestamp && $util.isInteger(message.timestamp.low) && $util.isInteger(message.timestamp.high)))
                        return "timestamp: integer|Long expected";
                if (message.profileId != null && $Object.hasOwnProperty.call(message, "profileId"))
                    if (!$util.isString(message.profileId))
                        return "profileId: string expected";
                if (message.spanId != null && $Object.hasOwnProperty.call(message, "spanId"))
                    if (!$util.isString(message.spanId))
                        return "spanId: string expected";
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    if (!$util.isInteger(message.value) && !(message.value && $util.isInteger(message.value.low) && $util.isInteger(message.value.high)))
                        return "value: integer|Long expected";
                return null;
            };

            /**
             * Creates an Exemplar message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof types.v1.Exemplar
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {types.v1.Exemplar} Exemplar
             */
            Exemplar.fromObject = function (object, _depth) {
                if (object instanceof $root.types.v1.Exemplar)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".types.v1.Exemplar: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.types.v1.Exemplar();
                if (object.timestamp != null)
                    if (typeof object.timestamp === "object" ? object.timestamp.low || object.timestamp.high : $Number(object.timestamp) !== 0)
                        if ($util.Long)
                            message.timestamp = $util.Long.fromValue(object.timestamp, false);
                        else if (typeof object.timestamp === "string")
                            message.timestamp = $parseInt(object.timestamp, 10);
                        else if (typeof object.timestamp === "number")
                            message.timestamp = object.timestamp;
                        else if (typeof object.timestamp === "object")
                            message.timestamp = new $util.LongBits(object.timestamp.low >>> 0, object.timestamp.high >>> 0).toNumber();
                if (object.profileId != null)
                    if (typeof object.profileId !== "string" || object.profileId.length)
                        message.profileId = $String(object.profileId);
                if (object.spanId != null)
                    if (typeof object.spanId !== "string" || object.spanId.length)
                        message.spanId = $String(object.spanId);
                if (object.value != null)
                    if (typeof object.value === "object" ? object.value.low || object.value.high : $Number(object.value) !== 0)
                        if ($util.Long)
                            message.value = $util.Long.fromValue(object.value, false);
                        else if (typeof object.value === "string")
                            message.value = $parseInt(object.value, 10);
                        else if (typeof object.value === "number")
                            message.value = object.value;
                        else if (typeof object.value === "object")
                            message.value = new $util.LongBits(object.value.low >>> 0, object.value.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from an Exemplar message. Also converts values to other types if specified.
             * @function toObject
             * @memberof types.v1.Exemplar
             * @static
             * @param {types.v1.Exemplar} message Exemplar
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Exemplar.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.timestamp = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timestamp = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.profileId = "";
                    object.spanId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.value = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.value = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timestamp = typeof message.timestamp === "number" ? $BigInt(message.timestamp) : $util.Long.fromBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0, false).toBigInt();
                    else if (typeof message.timestamp === "number")
                        object.timestamp = options.longs === $String ? $String(message.timestamp) : message.timestamp;
                    else
                        object.timestamp = options.longs === $String ? $util.Long.prototype.toString.call(message.timestamp) : options.longs === $Number ? new $util.LongBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0).toNumber() : message.timestamp;
                if (message.profileId != null && $Object.hasOwnProperty.call(message, "profileId"))
                    object.profileId = message.profileId;
                if (message.spanId != null && $Object.hasOwnProperty.call(message, "spanId"))
                    object.spanId = message.spanId;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.value = typeof message.value === "number" ? $BigInt(message.value) : $util.Long.fromBits(message.value.low >>> 0, message.value.high >>> 0, false).toBigInt();
                    else if (typeof message.value === "number")
                        object.value = options.longs === $String ? $String(message.value) : message.value;
                    else
                        object.value = options.longs === $String ? $util.Long.prototype.toString.call(message.value) : options.longs === $Number ? new $util.LongBits(message.value.low >>> 0, message.value.high >>> 0).toNumber() : message.value;
                return object;
            };

            /**
             * Converts this Exemplar to JSON.
             * @function toJSON
             * @memberof types.v1.Exemplar
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Exemplar.prototype.toJSON = function() {
                return Exemplar.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Exemplar
             * @function getTypeUrl
             * @memberof types.v1.Exemplar
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Exemplar.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/types.v1.Exemplar";
            };

            return Exemplar;
        })();

        v1.LabelValuesRequest = (function() {

            /**
             * Properties of a LabelValuesRequest.
             * @typedef {Object} types.v1.LabelValuesRequest.$Properties
             * @property {string|null} [name] LabelValuesRequest name
             * @property {Array.<string>|null} [matchers] LabelValuesRequest matchers
             * @property {number|null} [start] LabelValuesRequest start
             * @property {number|null} [end] LabelValuesRequest end
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LabelValuesRequest.
             * @memberof types.v1
             * @interface ILabelValuesRequest
             * @augments types.v1.LabelValuesRequest.$Properties
             * @deprecated Use types.v1.LabelValuesRequest.$Properties instead.
             */

            /**
             * Shape of a LabelValuesRequest.
             * @typedef {types.v1.LabelValuesRequest.$Properties} types.v1.LabelValuesRequest.$Shape
             */

            /**
             * Constructs a new LabelValuesRequest.
             * @memberof types.v1
             * @classdesc Represents a LabelValuesRequest.
             * @constructor
             * @param {types.v1.LabelValuesRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LabelValuesRequest = function (properties) {
                this.matchers = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LabelValuesRequest name.
             * @member {string} name
             * @memberof types.v1.LabelValuesRequest
             * @instance
             */
            LabelValuesRequest.prototype.name = "";

            /**
             * LabelValuesRequest matchers.
             * @member {Array.<string>} matchers
             * @memberof types.v1.LabelValuesRequest
             * @instance
             */
            LabelValuesRequest.prototype.matchers = $util.emptyArray;

            /**
             * LabelValuesRequest start.
             * @member {number} start
             * @memberof types.v1.LabelValuesRequest
             * @instance
             */
            LabelValuesRequest.prototype.start = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * LabelValuesRequest end.
             * @member {number} end
             * @memberof types.v1.LabelValuesRequest
             * @instance
             */
            LabelValuesRequest.prototype.end = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new LabelValuesRequest instance using the specified properties.
             * @function create
             * @memberof types.v1.LabelValuesRequest
             * @static
             * @param {types.v1.LabelValuesRequest.$Properties=} [properties] Properties to set
             * @returns {types.v1.LabelValuesRequest} LabelValuesRequest instance
             * @type {{
             *   (properties: types.v1.LabelValuesRequest.$Shape): types.v1.LabelValuesRequest & types.v1.LabelValuesRequest.$Shape;
             *   (properties?: types.v1.LabelValuesRequest.$Properties): types.v1.LabelValuesRequest;
             * }}
             */
            LabelValuesRequest.create = function(properties) {
                return new LabelValuesRequest(properties);
            };

            /**
             * Encodes the specified LabelValuesRequest message. Does not implicitly {@link types.v1.LabelValuesRequest.verify|verify} messages.
             * @function encode
             * @memberof types.v1.LabelValuesRequest
             * @static
             * @param {types.v1.LabelValuesRequest.$Properties} message LabelValuesRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LabelValuesRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.matchers != null && message.matchers.length)
                    for (let i = 0; i < message.matchers.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.matchers[i]);
                if (message.start != null && $Object.hasOwnProperty.call(message, "start") && (typeof message.start === "object" ? message.start.low || message.start.high : message.start !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.start);
                if (message.end != null && $Object.hasOwnProperty.call(message, "end") && (typeof message.end === "object" ? message.end.low || message.end.high : message.end !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.end);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified LabelValuesRequest message, length delimited. Does not implicitly {@link types.v1.LabelValuesRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof types.v1.LabelValuesRequest
             * @static
             * @param {types.v1.LabelValuesRequest.$Properties} message LabelValuesRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LabelValuesRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a LabelValuesRequest message from the specified reader or buffer.
             * @function decode
             * @memberof types.v1.LabelValuesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {types.v1.LabelValuesRequest & types.v1.LabelValuesRequest.$Shape} LabelValuesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LabelValuesRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.types.v1.LabelValuesRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.matchers && message.matchers.length))
                                message.matchers = [];
                            message.matchers.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.start = value;
                            else
                                delete message.start;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.end = value;
                            else
                                delete message.end;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a LabelValuesRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof types.v1.LabelValuesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {types.v1.LabelValuesRequest & types.v1.LabelValuesRequest.$Shape} LabelValuesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LabelValuesRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a LabelValuesRequest message.
             * @function verify
             * @memberof types.v1.LabelValuesRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LabelValuesRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.matchers != null && $Object.hasOwnProperty.call(message, "matchers")) {
                    if (!$Array.isArray(message.matchers))
                        return "matchers: array expected";
                    for (let i = 0; i < message.matchers.length; ++i)
                        if (!$util.isString(message.matchers[i]))
                            return "matchers: string[] expected";
                }
                if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                    if (!$util.isInteger(message.start) && !(message.start && $util.isInteger(message.start.low) && $util.isInteger(message.start.high)))
                        return "start: integer|Long expected";
                if (message.end != null && $Object.hasOwnProperty.call(message, "end"))
                    if (!$util.isInteger(message.end) && !(message.end && $util.isInteger(message.end.low) && $util.isInteger(message.end.high)))
                        return "end: integer|Long expected";
                return null;
            };

            /**
             * Creates a LabelValuesRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof types.v1.LabelValuesRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {types.v1.LabelValuesRequest} LabelValuesRequest
             */
            LabelValuesRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.types.v1.LabelValuesRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".types.v1.LabelValuesRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.types.v1.LabelValuesRequest();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.matchers) {
                    if (!$Array.isArray(object.matchers))
                        throw $TypeError(".types.v1.LabelValuesRequest.matchers: array expected");
                    message.matchers = $Array(object.matchers.length);
                    for (let i = 0; i < object.matchers.length; ++i)
                        message.matchers[i] = $String(object.matchers[i]);
                }
                if (object.start != null)
                    if (typeof object.start === "object" ? object.start.low || object.start.high : $Number(object.start) !== 0)
                        if ($util.Long)
                            message.start = $util.Long.fromValue(object.start, false);
                        else if (typeof object.start === "string")
                            message.start = $parseInt(object.start, 10);
                        else if (typeof object.start === "number")
                            message.start = object.start;
                        else if (typeof object.start === "object")
                            message.start = new $util.LongBits(object.start.low >>> 0, object.start.high >>> 0).toNumber();
                if (object.end != null)
                    if (typeof object.end === "object" ? object.end.low || object.end.high : $Number(object.end) !== 0)
                        if ($util.Long)
                            message.end = $util.Long.fromValue(object.end, false);
                        else if (typeof object.end === "string")
                            message.end = $parseInt(object.end, 10);
                        else if (typeof object.end === "number")
                            message.end = object.end;
                        else if (typeof object.end === "object")
                            message.end = new $util.LongBits(object.end.low >>> 0, object.end.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a LabelValuesRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof types.v1.LabelValuesRequest
             * @static
             * @param {types.v1.LabelValuesRequest} message LabelValuesRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LabelValuesRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.matchers = [];
                if (options.defaults) {
                    object.name = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.start = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.start = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.end = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.end = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.matchers && message.matchers.length) {
                    object.matchers = $Array(message.matchers.length);
                    for (let j = 0; j < message.matchers.length; ++j)
                        object.matchers[j] = message.matchers[j];
                }
                if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.start = typeof message.start === "number" ? $BigInt(message.start) : $util.Long.fromBits(message.start.low >>> 0, message.start.high >>> 0, false).toBigInt();
                    else if (typeof message.start === "number")
                        object.start = options.longs === $String ? $String(message.start) : message.start;
                    else
                        object.start = options.longs === $String ? $util.Long.prototype.toString.call(message.start) : options.longs === $Number ? new $util.LongBits(message.start.low >>> 0, message.start.high >>> 0).toNumber() : message.start;
                if (message.end != null && $Object.hasOwnProperty.call(message, "end"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.end = typeof message.end === "number" ? $BigInt(message.end) : $util.Long.fromBits(message.end.low >>> 0, message.end.high >>> 0, false).toBigInt();
                    else if (typeof message.end === "number")
                        object.end = options.longs === $String ? $String(message.end) : message.end;
                    else
                        object.end = options.longs === $String ? $util.Long.prototype.toString.call(message.end) : options.longs === $Number ? new $util.LongBits(message.end.low >>> 0, message.end.high >>> 0).toNumber() : message.end;
                return object;
            };

            /**
             * Converts this LabelValuesRequest to JSON.
             * @function toJSON
             * @memberof types.v1.LabelValuesRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LabelValuesRequest.prototype.toJSON = function() {
                return LabelValuesRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LabelValuesRequest
             * @function getTypeUrl
             * @memberof types.v1.LabelValuesRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LabelValuesRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/types.v1.LabelValuesRequest";
            };

            return LabelValuesRequest;
        })();

        v1.LabelValuesResponse = (function() {

            /**
             * Properties of a LabelValuesResponse.
             * @typedef {Object} types.v1.LabelValuesResponse.$Properties
             * @property {Array.<string>|null} [names] LabelValuesResponse names
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LabelValuesResponse.
             * @memberof types.v1
             * @interface ILabelValuesResponse
             * @augments types.v1.LabelValuesResponse.$Properties
             * @deprecated Use types.v1.LabelValuesResponse.$Properties instead.
             */

            /**
             * Shape of a LabelValuesResponse.
             * @typedef {types.v1.LabelValuesResponse.$Properties} types.v1.LabelValuesResponse.$Shape
             */

            /**
             * Constructs a new LabelValuesResponse.
             * @memberof types.v1
             * @classdesc Represents a LabelValuesResponse.
             * @constructor
             * @param {types.v1.LabelValuesResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LabelValuesResponse = function (properties) {
                this.names = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LabelValuesResponse names.
             * @member {Array.<string>} names
             * @memberof types.v1.LabelValuesResponse
             * @instance
             */
            LabelValuesResponse.prototype.names = $util.emptyArray;

            /**
             * Creates a new LabelValuesResponse instance using the specified properties.
             * @function create
             * @memberof types.v1.LabelValuesResponse
             * @static
             * @param {types.v1.LabelValuesResponse.$Properties=} [properties] Properties to set
             * @returns {types.v1.LabelValuesResponse} LabelValuesResponse instance
             * @type {{
             *   (properties: types.v1.LabelValuesResponse.$Shape): types.v1.LabelValuesResponse & types.v1.LabelValuesResponse.$Shape;
             *   (properties?: types.v1.LabelValuesResponse.$Properties): types.v1.LabelValuesResponse;
             * }}
             */
            LabelValuesResponse.create = function(properties) {
                return new LabelValuesResponse(properties);
            };

            /**
             * Encodes the specified LabelValuesResponse message. Does not implicitly {@link types.v1.LabelValuesResponse.verify|verify} messages.
             * @function encode
             * @memberof types.v1.LabelValuesResponse
             * @static
             * @param {types.v1.LabelValuesResponse.$Properties} message LabelValuesResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LabelValuesResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.names != null && message.names.length)
                    for (let i = 0; i < message.names.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.names[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified LabelValuesResponse message, length delimited. Does not implicitly {@link types.v1.LabelValuesResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof types.v1.LabelValuesResponse
             * @static
             * @param {types.v1.LabelValuesResponse.$Properties} message LabelValuesResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LabelValuesResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a LabelValuesResponse message from the specified reader or buffer.
             * @function decode
             * @memberof types.v1.LabelValuesResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {types.v1.LabelValuesResponse & types.v1.LabelValuesResponse.$Shape} LabelValuesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LabelValuesResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.types.v1.LabelValuesResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.names && message.names.length))
                                message.names = [];
                            message.names.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a LabelValuesResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof types.v1.LabelValuesResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {types.v1.LabelValuesResponse & types.v1.LabelValuesResponse.$Shape} LabelValuesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LabelValuesResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a LabelValuesResponse message.
             * @function verify
             * @memberof types.v1.LabelValuesResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LabelValuesResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.names != null && $Object.hasOwnProperty.call(message, "names")) {
                    if (!$Array.isArray(message.names))
                        return "names: array expected";
                    for (let i = 0; i < message.names.length; ++i)
                        if (!$util.isString(message.names[i]))
                            return "names: string[] expected";
                }
                return null;
            };

            /**
             * Creates a LabelValuesResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof types.v1.LabelValuesResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {types.v1.LabelValuesResponse} LabelValuesResponse
             */
            LabelValuesResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.types.v1.LabelValuesResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".types.v1.LabelValuesResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.types.v1.LabelValuesResponse();
                if (object.names) {
                    if (!$Array.isArray(object.names))
                        throw $TypeError(".types.v1.LabelValuesResponse.names: array expected");
                    message.names = $Array(object.names.length);
                    for (let i = 0; i < object.names.length; ++i)
                        message.names[i] = $String(object.names[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a LabelValuesResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof types.v1.LabelValuesResponse
             * @static
             * @param {types.v1.LabelValuesResponse} message LabelValuesResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LabelValuesResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.names = [];
                if (message.names && message.names.length) {
                    object.names = $Array(message.names.length);
                    for (let j = 0; j < message.names.length; ++j)
                        object.names[j] = message.names[j];
                }
                return object;
            };

            /**
             * Converts this LabelValuesResponse to JSON.
             * @function toJSON
             * @memberof types.v1.LabelValuesResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LabelValuesResponse.prototype.toJSON = function() {
                return LabelValuesResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LabelValuesResponse
             * @function getTypeUrl
             * @memberof types.v1.LabelValuesResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LabelValuesResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/types.v1.LabelValuesResponse";
            };

            return LabelValuesResponse;
        })();

        v1.LabelNamesRequest = (function() {

            /**
             * Properties of a LabelNamesRequest.
             * @typedef {Object} types.v1.LabelNamesRequest.$Properties
             * @property {Array.<string>|null} [matchers] LabelNamesRequest matchers
             * @property {number|null} [start] LabelNamesRequest start
             * @property {number|null} [end] LabelNamesRequest end
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LabelNamesRequest.
             * @memberof types.v1
             * @interface ILabelNamesRequest
             * @augments types.v1.LabelNamesRequest.$Properties
             * @deprecated Use types.v1.LabelNamesRequest.$Properties instead.
             */

            /**
             * Shape of a LabelNamesRequest.
             * @typedef {types.v1.LabelNamesRequest.$Properties} types.v1.LabelNamesRequest.$Shape
             */

            /**
             * Constructs a new LabelNamesRequest.
             * @memberof types.v1
             * @classdesc Represents a LabelNamesRequest.
             * @constructor
             * @param {types.v1.LabelNamesRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LabelNamesRequest = function (properties) {
                this.matchers = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LabelNamesRequest matchers.
             * @member {Array.<string>} matchers
             * @memberof types.v1.LabelNamesRequest
             * @instance
             */
            LabelNamesRequest.prototype.matchers = $util.emptyArray;

            /**
             * LabelNamesRequest start.
             * @member {number} start
             * @memberof types.v1.LabelNamesRequest
             * @instance
             */
            LabelNamesRequest.prototype.start = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * LabelNamesRequest end.
             * @member {number} end
             * @memberof types.v1.LabelNamesRequest
             * @instance
             */
            LabelNamesRequest.prototype.end = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new LabelNamesRequest instance using the specified properties.
             * @function create
             * @memberof types.v1.LabelNamesRequest
             * @static
             * @param {types.v1.LabelNamesRequest.$Properties=} [properties] Properties to set
             * @returns {types.v1.LabelNamesRequest} LabelNamesRequest instance
             * @type {{
             *   (properties: types.v1.LabelNamesRequest.$Shape): types.v1.LabelNamesRequest & types.v1.LabelNamesRequest.$Shape;
             *   (properties?: types.v1.LabelNamesRequest.$Properties): types.v1.LabelNamesRequest;
             * }}
             */
            LabelNamesRequest.create = function(properties) {
                return new LabelNamesRequest(properties);
            };

            /**
             * Encodes the specified LabelNamesRequest message. Does not implicitly {@link types.v1.LabelNamesRequest.verify|verify} messages.
             * @function encode
             * @memberof types.v1.LabelNamesRequest
             * @static
             * @param {types.v1.LabelNamesRequest.$Properties} message LabelNamesRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LabelNamesRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.matchers != null && message.matchers.length)
                    for (let i = 0; i < message.matchers.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.matchers[i]);
                if (message.start != null && $Object.hasOwnProperty.call(message, "start") && (typeof message.start === "object" ? message.start.low || message.start.high : message.start !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.start);
                if (message.end != null && $Object.hasOwnProperty.call(message, "end") && (typeof message.end === "object" ? message.end.low || message.end.high : message.end !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.end);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified LabelNamesRequest message, length delimited. Does not implicitly {@link types.v1.LabelNamesRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof types.v1.LabelNamesRequest
             * @static
             * @param {types.v1.LabelNamesRequest.$Properties} message LabelNamesRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LabelNamesRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a LabelNamesRequest message from the specified reader or buffer.
             * @function decode
             * @memberof types.v1.LabelNamesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {types.v1.LabelNamesRequest & types.v1.LabelNamesRequest.$Shape} LabelNamesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LabelNamesRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.types.v1.LabelNamesRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.matchers && message.matchers.length))
                                message.matchers = [];
                            message.matchers.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.start = value;
                            else
                                delete message.start;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.end = value;
                            else
                                delete message.end;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a LabelNamesRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof types.v1.LabelNamesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {types.v1.LabelNamesRequest & types.v1.LabelNamesRequest.$Shape} LabelNamesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LabelNamesRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a LabelNamesRequest message.
             * @function verify
             * @memberof types.v1.LabelNamesRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LabelNamesRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.matchers != null && $Object.hasOwnProperty.call(message, "matchers")) {
                    if (!$Array.isArray(message.matchers))
                        return "matchers: array expected";
                    for (let i = 0; i < message.matchers.length; ++i)
                        if (!$util.isString(message.matchers[i]))
                            return "matchers: string[] expected";
                }
                if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                    if (!$util.isInteger(message.start) && !(message.start && $util.isInteger(message.start.low) && $util.isInteger(message.start.high)))
                        return "start: integer|Long expected";
                if (message.end != null && $Object.hasOwnProperty.call(message, "end"))
                    if (!$util.isInteger(message.end) && !(message.end && $util.isInteger(message.end.low) && $util.isInteger(message.end.high)))
                        return "end: integer|Long expected";
                return null;
            };

            /**
             * Creates a LabelNamesRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof types.v1.LabelNamesRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {types.v1.LabelNamesRequest} LabelNamesRequest
             */
            LabelNamesRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.types.v1.LabelNamesRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".types.v1.LabelNamesRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.types.v1.LabelNamesRequest();
                if (object.matchers) {
                    if (!$Array.isArray(object.matchers))
                        throw $TypeError(".types.v1.LabelNamesRequest.matchers: array expected");
                    message.matchers = $Array(object.matchers.length);
                    for (let i = 0; i < object.matchers.length; ++i)
                        message.matchers[i] = $String(object.matchers[i]);
                }
                if (object.start != null)
                    if (typeof object.start === "object" ? object.start.low || object.start.high : $Number(object.start) !== 0)
                        if ($util.Long)
                            message.start = $util.Long.fromValue(object.start, false);
                        else if (typeof object.start === "string")
                            message.start = $parseInt(object.start, 10);
                        else if (typeof object.start === "number")
                            message.start = object.start;
                        else if (typeof object.start === "object")
                            message.start = new $util.LongBits(object.start.low >>> 0, object.start.high >>> 0).toNumber();
                if (object.end != null)
                    if (typeof object.end === "object" ? object.end.low || object.end.high : $Number(object.end) !== 0)
                        if ($util.Long)
                            message.end = $util.Long.fromValue(object.end, false);
                        else if (typeof object.end === "string")
                            message.end = $parseInt(object.end, 10);
                        else if (typeof object.end === "number")
                            message.end = object.end;
                        else if (typeof object.end === "object")
                            message.end = new $util.LongBits(object.end.low >>> 0, object.end.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a LabelNamesRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof types.v1.LabelNamesRequest
             * @static
             * @param {types.v1.LabelNamesRequest} message LabelNamesRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LabelNamesRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.matchers = [];
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.start = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.start = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.end = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.end = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.matchers && message.matchers.length) {
                    object.matchers = $Array(message.matchers.length);
                    for (let j = 0; j < message.matchers.length; ++j)
                        object.matchers[j] = message.matchers[j];
                }
                if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.start = typeof message.start === "number" ? $BigInt(message.start) : $util.Long.fromBits(message.start.low >>> 0, message.start.high >>> 0, false).toBigInt();
                    else if (typeof message.start === "number")
                        object.start = options.longs === $String ? $String(message.start) : message.start;
                    else
                        object.start = options.longs === $String ? $util.Long.prototype.toString.call(message.start) : options.longs === $Number ? new $util.LongBits(message.start.low >>> 0, message.start.high >>> 0).toNumber() : message.start;
                if (message.end != null && $Object.hasOwnProperty.call(message, "end"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.end = typeof message.end === "number" ? $BigInt(message.end) : $util.Long.fromBits(message.end.low >>> 0, message.end.high >>> 0, false).toBigInt();
                    else if (typeof message.end === "number")
                        object.end = options.longs === $String ? $String(message.end) : message.end;
                    else
                        object.end = options.longs === $String ? $util.Long.prototype.toString.call(message.end) : options.longs === $Number ? new $util.LongBits(message.end.low >>> 0, message.end.high >>> 0).toNumber() : message.end;
                return object;
            };

            /**
             * Converts this LabelNamesRequest to JSON.
             * @function toJSON
             * @memberof types.v1.LabelNamesRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LabelNamesRequest.prototype.toJSON = function() {
                return LabelNamesRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LabelNamesRequest
             * @function getTypeUrl
             * @memberof types.v1.LabelNamesRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LabelNamesRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/types.v1.LabelNamesRequest";
            };

            return LabelNamesRequest;
        })();

        v1.LabelNamesResponse = (function() {

            /**
             * Properties of a LabelNamesResponse.
             * @typedef {Object} types.v1.LabelNamesResponse.$Properties
             * @property {Array.<string>|null} [names] LabelNamesResponse names
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LabelNamesResponse.
             * @memberof types.v1
             * @interface ILabelNamesResponse
             * @augments types.v1.LabelNamesResponse.$Properties
             * @deprecated Use types.v1.LabelNamesResponse.$Properties instead.
             */

            /**
             * Shape of a LabelNamesResponse.
             * @typedef {types.v1.LabelNamesResponse.$Properties} types.v1.LabelNamesResponse.$Shape
             */

            /**
             * Constructs a new LabelNamesResponse.
             * @memberof types.v1
             * @classdesc Represents a LabelNamesResponse.
             * @constructor
             * @param {types.v1.LabelNamesResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LabelNamesResponse = function (properties) {
                this.names = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LabelNamesResponse names.
             * @member {Array.<string>} names
             * @memberof types.v1.LabelNamesResponse
             * @instance
             */
            LabelNamesResponse.prototype.names = $util.emptyArray;

            /**
             * Creates a new LabelNamesResponse instance using the specified properties.
             * @function create
             * @memberof types.v1.LabelNamesResponse
             * @static
             * @param {types.v1.LabelNamesResponse.$Properties=} [properties] Properties to set
             * @returns {types.v1.LabelNamesResponse} LabelNamesResponse instance
             * @type {{
             *   (properties: types.v1.LabelNamesResponse.$Shape): types.v1.LabelNamesResponse & types.v1.LabelNamesResponse.$Shape;
             *   (properties?: types.v1.LabelNamesResponse.$Properties): types.v1.LabelNamesResponse;
             * }}
             */
            LabelNamesResponse.create = function(properties) {
                return new LabelNamesResponse(properties);
            };

            /**
             * Encodes the specified LabelNamesResponse message. Does not implicitly {@link types.v1.LabelNamesResponse.verify|verify} messages.
             * @function encode
             * @memberof types.v1.LabelNamesResponse
             * @static
             * @param {types.v1.LabelNamesResponse.$Properties} message LabelNamesResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LabelNamesResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.names != null && message.names.length)
                    for (let i = 0; i < message.names.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.names[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified LabelNamesResponse message, length delimited. Does not implicitly {@link types.v1.LabelNamesResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof types.v1.LabelNamesResponse
             * @static
             * @param {types.v1.LabelNamesResponse.$Properties} message LabelNamesResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LabelNamesResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a LabelNamesResponse message from the specified reader or buffer.
             * @function decode
             * @memberof types.v1.LabelNamesResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {types.v1.LabelNamesResponse & types.v1.LabelNamesResponse.$Shape} LabelNamesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LabelNamesResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.types.v1.LabelNamesResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.names && message.names.length))
                                message.names = [];
                            message.names.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a LabelNamesResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof types.v1.LabelNamesResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {types.v1.LabelNamesResponse & types.v1.LabelNamesResponse.$Shape} LabelNamesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LabelNamesResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a LabelNamesResponse message.
             * @function verify
             * @memberof types.v1.LabelNamesResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LabelNamesResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.names != null && $Object.hasOwnProperty.call(message, "names")) {
                    if (!$Array.isArray(message.names))
                        return "names: array expected";
                    for (let i = 0; i < message.names.length; ++i)
                        if (!$util.isString(message.names[i]))
                            return "names: string[] expected";
                }
                return null;
            };

            /**
             * Creates a LabelNamesResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof types.v1.LabelNamesResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {types.v1.LabelNamesResponse} LabelNamesResponse
             */
            LabelNamesResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.types.v1.LabelNamesResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".types.v1.LabelNamesResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.types.v1.LabelNamesResponse();
                if (object.names) {
                    if (!$Array.isArray(object.names))
                        throw $TypeError(".types.v1.LabelNamesResponse.names: array expected");
                    message.names = $Array(object.names.length);
                    for (let i = 0; i < object.names.length; ++i)
                        message.names[i] = $String(object.names[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a LabelNamesResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof types.v1.LabelNamesResponse
             * @static
             * @param {types.v1.LabelNamesResponse} message LabelNamesResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LabelNamesResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.names = [];
                if (message.names && message.names.length) {
                    object.names = $Array(message.names.length);
                    for (let j = 0; j < message.names.length; ++j)
                        object.names[j] = message.names[j];
                }
                return object;
            };

            /**
             * Converts this LabelNamesResponse to JSON.
             * @function toJSON
             * @memberof types.v1.LabelNamesResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LabelNamesResponse.prototype.toJSON = function() {
                return LabelNamesResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LabelNamesResponse
             * @function getTypeUrl
             * @memberof types.v1.LabelNamesResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LabelNamesResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/types.v1.LabelNamesResponse";
            };

            return LabelNamesResponse;
        })();

        /**
         * TimeSeriesAggregationType enum.
         * @name types.v1.TimeSeriesAggregationType
         * @enum {number}
         * @property {number} TIME_SERIES_AGGREGATION_TYPE_SUM=0 TIME_SERIES_AGGREGATION_TYPE_SUM value
         * @property {number} TIME_SERIES_AGGREGATION_TYPE_AVERAGE=1 TIME_SERIES_AGGREGATION_TYPE_AVERAGE value
         */
        v1.TimeSeriesAggregationType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "TIME_SERIES_AGGREGATION_TYPE_SUM"] = 0;
            values[valuesById[1] = "TIME_SERIES_AGGREGATION_TYPE_AVERAGE"] = 1;
            return values;
        })();

        return v1;
    })();

    return types;
})();

export const google = $root.google = (() => {

    /**
     * Namespace google.
     * @exports google
     * @namespace
     */
    const google = {};

    google.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof google
         * @namespace
         */
        const v1 = {};

        v1.Profile = (function() {

            /**
             * Properties of a Profile.
             * @typedef {Object} google.v1.Profile.$Properties
             * @property {Array.<google.v1.ValueType.$Properties>|null} [sampleType] Profile sampleType
             * @property {Array.<google.v1.Sample.$Properties>|null} [sample] Profile sample
             * @property {Array.<google.v1.Mapping.$Properties>|null} [mapping] Profile mapping
             * @property {Array.<google.v1.Location.$Properties>|null} [location] Profile location
             * @property {Array.<google.v1.Function.$Properties>|null} ["function"] Profile function
             * @property {Array.<string>|null} [stringTable] Profile stringTable
             * @property {number|null} [dropFrames] Profile dropFrames
             * @property {number|null} [keepFrames] Profile keepFrames
             * @property {number|null} [timeNanos] Profile timeNanos
             * @property {number|null} [durationNanos] Profile durationNanos
             * @property {google.v1.ValueType.$Properties|null} [periodType] Profile periodType
             * @property {number|null} [period] Profile period
             * @property {Array.<number>|null} [comment] Profile comment
             * @property {number|null} [defaultSampleType] Profile defaultSampleType
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Profile.
             * @memberof google.v1
             * @interface IProfile
             * @augments google.v1.Profile.$Properties
             * @deprecated Use google.v1.Profile.$Properties instead.
             */

            /**
             * Shape of a Profile.
             * @typedef {google.v1.Profile.$Properties} google.v1.Profile.$Shape
             */

            /**
             * Constructs a new Profile.
             * @memberof google.v1
             * @classdesc Represents a Profile.
             * @constructor
             * @param {google.v1.Profile.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Profile = function (properties) {
                this.sampleType = [];
                this.sample = [];
                this.mapping = [];
                this.location = [];
                this["function"] = [];
                this.stringTable = [];
                this.comment = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Profile sampleType.
             * @member {Array.<google.v1.ValueType.$Properties>} sampleType
             * @memberof google.v1.Profile
             * @instance
             */
            Profile.prototype.sampleType = $util.emptyArray;

            /**
             * Profile sample.
             * @member {Array.<google.v1.Sample.$Properties>} sample
             * @memberof google.v1.Profile
             * @instance
             */
            Profile.prototype.sample = $util.emptyArray;

            /**
             * Profile mapping.
             * @member {Array.<google.v1.Mapping.$Properties>} mapping
             * @memberof google.v1.Profile
             * @instance
             */
            Profile.prototype.mapping = $util.emptyArray;

            /**
             * Profile location.
             * @member {Array.<google.v1.Location.$Properties>} location
             * @memberof google.v1.Profile
             * @instance
             */
            Profile.prototype.location = $util.emptyArray;

            /**
             * Profile function.
             * @member {Array.<google.v1.Function.$Properties>} function
             * @memberof google.v1.Profile
             * @instance
             */
            Profile.prototype["function"] = $util.emptyArray;

            /**
             * Profile stringTable.
             * @member {Array.<string>} stringTable
             * @memberof google.v1.Profile
             * @instance
             */
            Profile.prototype.stringTable = $util.emptyArray;

            /**
             * Profile dropFrames.
             * @member {number} dropFrames
             * @memberof google.v1.Profile
             * @instance
             */
            Profile.prototype.dropFrames = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Profile keepFrames.
             * @member {number} keepFrames
             * @memberof google.v1.Profile
             * @instance
             */
            Profile.prototype.keepFrames = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Profile timeNanos.
             * @member {number} timeNanos
             * @memberof google.v1.Profile
             * @instance
             */
            Profile.prototype.timeNanos = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Profile durationNanos.
             * @member {number} durationNanos
             * @memberof google.v1.Profile
             * @instance
             */
            Profile.prototype.durationNanos = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Profile periodType.
             * @member {google.v1.ValueType.$Properties|null|undefined} periodType
             * @memberof google.v1.Profile
             * @instance
             */
            Profile.prototype.periodType = null;

            /**
             * Profile period.
             * @member {number} period
             * @memberof google.v1.Profile
             * @instance
             */
            Profile.prototype.period = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Profile comment.
             * @member {Array.<number>} comment
             * @memberof google.v1.Profile
             * @instance
             */
            Profile.prototype.comment = $util.emptyArray;

            /**
             * Profile defaultSampleType.
             * @member {number} defaultSampleType
             * @memberof google.v1.Profile
             * @instance
             */
            Profile.prototype.defaultSampleType = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new Profile instance using the specified properties.
             * @function create
             * @memberof google.v1.Profile
             * @static
             * @param {google.v1.Profile.$Properties=} [properties] Properties to set
             * @returns {google.v1.Profile} Profile instance
             * @type {{
             *   (properties: google.v1.Profile.$Shape): google.v1.Profile & google.v1.Profile.$Shape;
             *   (properties?: google.v1.Profile.$Properties): google.v1.Profile;
             * }}
             */
            Profile.create = function(properties) {
                return new Profile(properties);
            };

            /**
             * Encodes the specified Profile message. Does not implicitly {@link google.v1.Profile.verify|verify} messages.
             * @function encode
             * @memberof google.v1.Profile
             * @static
             * @param {google.v1.Profile.$Properties} message Profile message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Profile.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sampleType != null && message.sampleType.length)
                    for (let i = 0; i < message.sampleType.length; ++i)
                        $root.google.v1.ValueType.encode(message.sampleType[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.sample != null && message.sample.length)
                    for (let i = 0; i < message.sample.length; ++i)
                        $root.google.v1.Sample.encode(message.sample[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.mapping != null && message.mapping.length)
                    for (let i = 0; i < message.mapping.length; ++i)
                        $root.google.v1.Mapping.encode(message.mapping[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.location != null && message.location.length)
                    for (let i = 0; i < message.location.length; ++i)
                        $root.google.v1.Location.encode(message.location[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message["function"] != null && message["function"].length)
                    for (let i = 0; i < message["function"].length; ++i)
                        $root.google.v1.Function.encode(message["function"][i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.stringTable != null && message.stringTable.length)
                    for (let i = 0; i < message.stringTable.length; ++i)
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.stringTable[i]);
                if (message.dropFrames != null && $Object.hasOwnProperty.call(message, "dropFrames") && (typeof message.dropFrames === "object" ? message.dropFrames.low || message.dropFrames.high : message.dropFrames !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).int64(message.dropFrames);
                if (message.keepFrames != null && $Object.hasOwnProperty.call(message, "keepFrames") && (typeof message.keepFrames === "object" ? message.keepFrames.low || message.keepFrames.high : message.keepFrames !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).int64(message.keepFrames);
                if (message.timeNanos != null && $Object.hasOwnProperty.call(message, "timeNanos") && (typeof message.timeNanos === "object" ? message.timeNanos.low || message.timeNanos.high : message.timeNanos !== 0))
                    writer.uint32(/* id 9, wireType 0 =*/72).int64(message.timeNanos);
                if (message.durationNanos != null && $Object.hasOwnProperty.call(message, "durationNanos") && (typeof message.durationNanos === "object" ? message.durationNanos.low || message.durationNanos.high : message.durationNanos !== 0))
                    writer.uint32(/* id 10, wireType 0 =*/80).int64(message.durationNanos);
                if (message.periodType != null && $Object.hasOwnProperty.call(message, "periodType"))
                    $root.google.v1.ValueType.encode(message.periodType, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.period != null && $Object.hasOwnProperty.call(message, "period") && (typeof message.period === "object" ? message.period.low || message.period.high : message.period !== 0))
                    writer.uint32(/* id 12, wireType 0 =*/96).int64(message.period);
                if (message.comment != null && message.comment.length)
                    writer.uint32(/* id 13, wireType 2 =*/106).int64s(message.comment);
                if (message.defaultSampleType != null && $Object.hasOwnProperty.call(message, "defaultSampleType") && (typeof message.defaultSampleType === "object" ? message.defaultSampleType.low || message.defaultSampleType.high : message.defaultSampleType !== 0))
                    writer.uint32(/* id 14, wireType 0 =*/112).int64(message.defaultSampleType);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Profile message, length delimited. Does not implicitly {@link google.v1.Profile.verify|verify} messages.
             * @function encodeDelimited
             * @memberof google.v1.Profile
             * @static
             * @param {google.v1.Profile.$Properties} message Profile message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Profile.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Profile message from the specified reader or buffer.
             * @function decode
             * @memberof google.v1.Profile
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.v1.Profile & google.v1.Profile.$Shape} Profile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Profile.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.v1.Profile();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.sampleType && message.sampleType.length))
                                message.sampleType = [];
                            message.sampleType.push($root.google.v1.ValueType.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.sample && message.sample.length))
                                message.sample = [];
                            message.sample.push($root.google.v1.Sample.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.mapping && message.mapping.length))
                                message.mapping = [];
                            message.mapping.push($root.google.v1.Mapping.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.location && message.location.length))
                                message.location = [];
                            message.location.push($root.google.v1.Location.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message["function"] && message["function"].length))
                                message["function"] = [];
                            message["function"].push($root.google.v1.Function.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.stringTable && message.stringTable.length))
                                message.stringTable = [];
                            message.stringTable.push(reader.stringVerify());
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.dropFrames = value;
                            else
                                delete message.dropFrames;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.keepFrames = value;
                            else
                                delete message.keepFrames;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.timeNanos = value;
                            else
                                delete message.timeNanos;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.durationNanos = value;
                            else
                                delete message.durationNanos;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.periodType = $root.google.v1.ValueType.decode(reader, reader.size(), $undefined, _depth + 1, message.periodType);
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.period = value;
                            else
                                delete message.period;
                            continue;
                        }
                    case 13: {
                            if (wireType === 2) {
                                if (!(message.comment && message.comment.length))
                                    message.comment = [];
                                reader.int64s(message.comment);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.comment && message.comment.length))
                                message.comment = [];
                            message.comment.push(reader.int64());
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.defaultSampleType = value;
                            else
                                delete message.defaultSampleType;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Profile message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof google.v1.Profile
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {google.v1.Profile & google.v1.Profile.$Shape} Profile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Profile.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Profile message.
             * @function verify
             * @memberof google.v1.Profile
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Profile.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.sampleType != null && $Object.hasOwnProperty.call(message, "sampleType")) {
                    if (!$Array.isArray(message.sampleType))
                        return "sampleType: array expected";
                    for (let i = 0; i < message.sampleType.length; ++i) {
                        let error = $root.google.v1.ValueType.verify(message.sampleType[i], _depth + 1);
                        if (error)
                            return "sampleType." + error;
                    }
                }
                if (message.sample != null && $Object.hasOwnProperty.call(message, "sample")) {
                    if (!$Array.isArray(message.sample))
                        return "sample: array expected";
                    for (let i = 0; i < message.sample.length; ++i) {
                        let error = $root.google.v1.Sample.verify(message.sample[i], _depth + 1);
                        if (error)
                            return "sample." + error;
                    }
                }
                if (message.mapping != null && $Object.hasOwnProperty.call(message, "mapping")) {
                    if (!$Array.isArray(message.mapping))
                        return "mapping: array expected";
                    for (let i = 0; i < message.mapping.length; ++i) {
                        let error = $root.google.v1.Mapping.verify(message.mapping[i], _depth + 1);
                        if (error)
                            return "mapping." + error;
                    }
                }
                if (message.location != null && $Object.hasOwnProperty.call(message, "location")) {
                    if (!$Array.isArray(message.location))
                        return "location: array expected";
                    for (let i = 0; i < message.location.length; ++i) {
                        let error = $root.google.v1.Location.verify(message.location[i], _depth + 1);
                        if (error)
                            return "location." + error;
                    }
                }
                if (message["function"] != null && $Object.hasOwnProperty.call(message, "function")) {
                    if (!$Array.isArray(message["function"]))
                        return "function: array expected";
                    for (let i = 0; i < message["function"].length; ++i) {
                        let error = $root.google.v1.Function.verify(message["function"][i], _depth + 1);
                        if (error)
                            return "function." + error;
                    }
                }
                if (message.stringTable != null && $Object.hasOwnProperty.call(message, "stringTable")) {
                    if (!$Array.isArray(message.stringTable))
                        return "stringTable: array expected";
                    for (let i = 0; i < message.stringTable.length; ++i)
                        if (!$util.isString(message.stringTable[i]))
                            return "stringTable: string[] expected";
                }
                if (message.dropFrames != null && $Object.hasOwnProperty.call(message, "dropFrames"))
                    if (!$util.isInteger(message.dropFrames) && !(message.dropFrames && $util.isInteger(message.dropFrames.low) && $util.isInteger(message.dropFrames.high)))
                        return "dropFrames: integer|Long expected";
                if (message.keepFrames != null && $Object.hasOwnProperty.call(message, "keepFrames"))
                    if (!$util.isInteger(message.keepFrames) && !(message.keepFrames && $util.isInteger(message.keepFrames.low) && $util.isInteger(message.keepFrames.high)))
                        return "keepFrames: integer|Long expected";
                if (message.timeNanos != null && $Object.hasOwnProperty.call(message, "timeNanos"))
                    if (!$util.isInteger(message.timeNanos) && !(message.timeNanos && $util.isInteger(message.timeNanos.low) && $util.isInteger(message.timeNanos.high)))
                        return "timeNanos: integer|Long expected";
                if (message.durationNanos != null && $Object.hasOwnProperty.call(message, "durationNanos"))
                    if (!$util.isInteger(message.durationNanos) && !(message.durationNanos && $util.isInteger(message.durationNanos.low) && $util.isInteger(message.durationNanos.high)))
                        return "durationNanos: integer|Long expected";
                if (message.periodType != null && $Object.hasOwnProperty.call(message, "periodType")) {
                    let error = $root.google.v1.ValueType.verify(message.periodType, _depth + 1);
                    if (error)
                        return "periodType." + error;
                }
                if (message.period != null && $Object.hasOwnProperty.call(message, "period"))
                    if (!$util.isInteger(message.period) && !(message.period && $util.isInteger(message.period.low) && $util.isInteger(message.period.high)))
                        return "period: integer|Long expected";
                if (message.comment != null && $Object.hasOwnProperty.call(message, "comment")) {
                    if (!$Array.isArray(message.comment))
                        return "comment: array expected";
                    for (let i = 0; i < message.comment.length; ++i)
                        if (!$util.isInteger(message.comment[i]) && !(message.comment[i] && $util.isInteger(message.comment[i].low) && $util.isInteger(message.comment[i].high)))
                            return "comment: integer|Long[] expected";
                }
                if (message.defaultSampleType != null && $Object.hasOwnProperty.call(message, "defaultSampleType"))
                    if (!$util.isInteger(message.defaultSampleType) && !(message.defaultSampleType && $util.isInteger(message.defaultSampleType.low) && $util.isInteger(message.defaultSampleType.high)))
                        return "defaultSampleType: integer|Long expected";
                return null;
            };

            /**
             * Creates a Profile message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.v1.Profile
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.v1.Profile} Profile
             */
            Profile.fromObject = function (object, _depth) {
                if (object instanceof $root.google.v1.Profile)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.v1.Profile: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.v1.Profile();
                if (object.sampleType) {
                    if (!$Array.isArray(object.sampleType))
                        throw $TypeError(".google.v1.Profile.sampleType: array expected");
                    message.sampleType = $Array(object.sampleType.length);
                    for (let i = 0; i < object.sampleType.length; ++i) {
                        if (!$util.isObject(object.sampleType[i]))
                            throw $TypeError(".google.v1.Profile.sampleType: object expected");
                        message.sampleType[i] = $root.google.v1.ValueType.fromObject(object.sampleType[i], _depth + 1);
                    }
                }
                if (object.sample) {
                    if (!$Array.isArray(object.sample))
                        throw $TypeError(".google.v1.Profile.sample: array expected");
                    message.sample = $Array(object.sample.length);
                    for (let i = 0; i < object.sample.length; ++i) {
                        if (!$util.isObject(object.sample[i]))
                            throw $TypeError(".google.v1.Profile.sample: object expected");
                        message.sample[i] = $root.google.v1.Sample.fromObject(object.sample[i], _depth + 1);
                    }
                }
                if (object.mapping) {
                    if (!$Array.isArray(object.mapping))
                        throw $TypeError(".google.v1.Profile.mapping: array expected");
                    message.mapping = $Array(object.mapping.length);
                    for (let i = 0; i < object.mapping.length; ++i) {
                        if (!$util.isObject(object.mapping[i]))
                            throw $TypeError(".google.v1.Profile.mapping: object expected");
                        message.mapping[i] = $root.google.v1.Mapping.fromObject(object.mapping[i], _depth + 1);
                    }
                }
                if (object.location) {
                    if (!$Array.isArray(object.location))
                        throw $TypeError(".google.v1.Profile.location: array expected");
                    message.location = $Array(object.location.length);
                    for (let i = 0; i < object.location.length; ++i) {
                        if (!$util.isObject(object.location[i]))
                            throw $TypeError(".google.v1.Profile.location: object expected");
                        message.location[i] = $root.google.v1.Location.fromObject(object.location[i], _depth + 1);
                    }
                }
                if (object["function"]) {
                    if (!$Array.isArray(object["function"]))
                        throw $TypeError(".google.v1.Profile.function: array expected");
                    message["function"] = $Array(object["function"].length);
                    for (let i = 0; i < object["function"].length; ++i) {
                        if (!$util.isObject(object["function"][i]))
                            throw $TypeError(".google.v1.Profile.function: object expected");
                        message["function"][i] = $root.google.v1.Function.fromObject(object["function"][i], _depth + 1);
                    }
                }
                if (object.stringTable) {
                    if (!$Array.isArray(object.stringTable))
                        throw $TypeError(".google.v1.Profile.stringTable: array expected");
                    message.stringTable = $Array(object.stringTable.length);
                    for (let i = 0; i < object.stringTable.length; ++i)
                        message.stringTable[i] = $String(object.stringTable[i]);
                }
                if (object.dropFrames != null)
                    if (typeof object.dropFrames === "object" ? object.dropFrames.low || object.dropFrames.high : $Number(object.dropFrames) !== 0)
                        if ($util.Long)
                            message.dropFrames = $util.Long.fromValue(object.dropFrames, false);
                        else if (typeof object.dropFrames === "string")
                            message.dropFrames = $parseInt(object.dropFrames, 10);
                        else if (typeof object.dropFrames === "number")
                            message.dropFrames = object.dropFrames;
                        else if (typeof object.dropFrames === "object")
                            message.dropFrames = new $util.LongBits(object.dropFrames.low >>> 0, object.dropFrames.high >>> 0).toNumber();
                if (object.keepFrames != null)
                    if (typeof object.keepFrames === "object" ? object.keepFrames.low || object.keepFrames.high : $Number(object.keepFrames) !== 0)
                        if ($util.Long)
                            message.keepFrames = $util.Long.fromValue(object.keepFrames, false);
                        else if (typeof object.keepFrames === "string")
                            message.keepFrames = $parseInt(object.keepFrames, 10);
                        else if (typeof object.keepFrames === "number")
                            message.keepFrames = object.keepFrames;
                        else if (typeof object.keepFrames === "object")
                            message.keepFrames = new $util.LongBits(object.keepFrames.low >>> 0, object.keepFrames.high >>> 0).toNumber();
                if (object.timeNanos != null)
                    if (typeof object.timeNanos === "object" ? object.timeNanos.low || object.timeNanos.high : $Number(object.timeNanos) !== 0)
                        if ($util.Long)
                            message.timeNanos = $util.Long.fromValue(object.timeNanos, false);
                        else if (typeof object.timeNanos === "string")
                            message.timeNanos = $parseInt(object.timeNanos, 10);
                        else if (typeof object.timeNanos === "number")
                            message.timeNanos = object.timeNanos;
                        else if (typeof object.timeNanos === "object")
                            message.timeNanos = new $util.LongBits(object.timeNanos.low >>> 0, object.timeNanos.high >>> 0).toNumber();
                if (object.durationNanos != null)
                    if (typeof object.durationNanos === "object" ? object.durationNanos.low || object.durationNanos.high : $Number(object.durationNanos) !== 0)
                        if ($util.Long)
                            message.durationNanos = $util.Long.fromValue(object.durationNanos, false);
                        else if (typeof object.durationNanos === "string")
                            message.durationNanos = $parseInt(object.durationNanos, 10);
                        else if (typeof object.durationNanos === "number")
                            message.durationNanos = object.durationNanos;
                        else if (typeof object.durationNanos === "object")
                            message.durationNanos = new $util.LongBits(object.durationNanos.low >>> 0, object.durationNanos.high >>> 0).toNumber();
                if (object.periodType != null) {
                    if (!$util.isObject(object.periodType))
                        throw $TypeError(".google.v1.Profile.periodType: object expected");
                    message.periodType = $root.google.v1.ValueType.fromObject(object.periodType, _depth + 1);
                }
                if (object.period != null)
                    if (typeof object.period === "object" ? object.period.low || object.period.high : $Number(object.period) !== 0)
                        if ($util.Long)
                            message.period = $util.Long.fromValue(object.period, false);
                        else if (typeof object.period === "string")
                            message.period = $parseInt(object.period, 10);
                        else if (typeof object.period === "number")
                            message.period = object.period;
                        else if (typeof object.period === "object")
                            message.period = new $util.LongBits(object.period.low >>> 0, object.period.high >>> 0).toNumber();
                if (object.comment) {
                    if (!$Array.isArray(object.comment))
                        throw $TypeError(".google.v1.Profile.comment: array expected");
                    message.comment = $Array(object.comment.length);
                    for (let i = 0; i < object.comment.length; ++i)
                        if ($util.Long)
                            message.comment[i] = $util.Long.fromValue(object.comment[i], false);
                        else if (typeof object.comment[i] === "string")
                            message.comment[i] = $parseInt(object.comment[i], 10);
                        else if (typeof object.comment[i] === "number")
                            message.comment[i] = object.comment[i];
                        else if (typeof object.comment[i] === "object")
                            message.comment[i] = new $util.LongBits(object.comment[i].low >>> 0, object.comment[i].high >>> 0).toNumber();
                }
                if (object.defaultSampleType != null)
                    if (typeof object.defaultSampleType === "object" ? object.defaultSampleType.low || object.defaultSampleType.high : $Number(object.defaultSampleType) !== 0)
                        if ($util.Long)
                            message.defaultSampleType = $util.Long.fromValue(object.defaultSampleType, false);
                        else if (typeof object.defaultSampleType === "string")
                            message.defaultSampleType = $parseInt(object.defaultSampleType, 10);
                        else if (typeof object.defaultSampleType === "number")
                            message.defaultSampleType = object.defaultSampleType;
                        else if (typeof object.defaultSampleType === "object")
                            message.defaultSampleType = new $util.LongBits(object.defaultSampleType.low >>> 0, object.defaultSampleType.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a Profile message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.v1.Profile
             * @static
             * @param {google.v1.Profile} message Profile
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Profile.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.sampleType = [];
                    object.sample = [];
                    object.mapping = [];
                    object.location = [];
                    object["function"] = [];
                    object.stringTable = [];
                    object.comment = [];
                }
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.dropFrames = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.dropFrames = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.keepFrames = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.keepFrames = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.timeNanos = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timeNanos = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.durationNanos = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.durationNanos = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.periodType = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.period = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.period = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.defaultSampleType = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.defaultSampleType = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.sampleType && message.sampleType.length) {
                    object.sampleType = $Array(message.sampleType.length);
                    for (let j = 0; j < message.sampleType.length; ++j)
                        object.sampleType[j] = $root.google.v1.ValueType.toObject(message.sampleType[j], options, _depth + 1);
                }
                if (message.sample && message.sample.length) {
                    object.sample = $Array(message.sample.length);
                    for (let j = 0; j < message.sample.length; ++j)
                        object.sample[j] = $root.google.v1.Sample.toObject(message.sample[j], options, _depth + 1);
                }
                if (message.mapping && message.mapping.length) {
                    object.mapping = $Array(message.mapping.length);
                    for (let j = 0; j < message.mapping.length; ++j)
                        object.mapping[j] = $root.google.v1.Mapping.toObject(message.mapping[j], options, _depth + 1);
                }
                if (message.location && message.location.length) {
                    object.location = $Array(message.location.length);
                    for (let j = 0; j < message.location.length; ++j)
                        object.location[j] = $root.google.v1.Location.toObject(message.location[j], options, _depth + 1);
                }
                if (message["function"] && message["function"].length) {
                    object["function"] = $Array(message["function"].length);
                    for (let j = 0; j < message["function"].length; ++j)
                        object["function"][j] = $root.google.v1.Function.toObject(message["function"][j], options, _depth + 1);
                }
                if (message.stringTable && message.stringTable.length) {
                    object.stringTable = $Array(message.stringTable.length);
                    for (let j = 0; j < message.stringTable.length; ++j)
                        object.stringTable[j] = message.stringTable[j];
                }
                if (message.dropFrames != null && $Object.hasOwnProperty.call(message, "dropFrames"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.dropFrames = typeof message.dropFrames === "number" ? $BigInt(message.dropFrames) : $util.Long.fromBits(message.dropFrames.low >>> 0, message.dropFrames.high >>> 0, false).toBigInt();
                    else if (typeof message.dropFrames === "number")
                        object.dropFrames = options.longs === $String ? $String(message.dropFrames) : message.dropFrames;
                    else
                        object.dropFrames = options.longs === $String ? $util.Long.prototype.toString.call(message.dropFrames) : options.longs === $Number ? new $util.LongBits(message.dropFrames.low >>> 0, message.dropFrames.high >>> 0).toNumber() : message.dropFrames;
                if (message.keepFrames != null && $Object.hasOwnProperty.call(message, "keepFrames"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.keepFrames = typeof message.keepFrames === "number" ? $BigInt(message.keepFrames) : $util.Long.fromBits(message.keepFrames.low >>> 0, message.keepFrames.high >>> 0, false).toBigInt();
                    else if (typeof message.keepFrames === "number")
                        object.keepFrames = options.longs === $String ? $String(message.keepFrames) : message.keepFrames;
                    else
                        object.keepFrames = options.longs === $String ? $util.Long.prototype.toString.call(message.keepFrames) : options.longs === $Number ? new $util.LongBits(message.keepFrames.low >>> 0, message.keepFrames.high >>> 0).toNumber() : message.keepFrames;
                if (message.timeNanos != null && $Object.hasOwnProperty.call(message, "timeNanos"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timeNanos = typeof message.timeNanos === "number" ? $BigInt(message.timeNanos) : $util.Long.fromBits(message.timeNanos.low >>> 0, message.timeNanos.high >>> 0, false).toBigInt();
                    else if (typeof message.timeNanos === "number")
                        object.timeNanos = options.longs === $String ? $String(message.timeNanos) : message.timeNanos;
                    else
                        object.timeNanos = options.longs === $String ? $util.Long.prototype.toString.call(message.timeNanos) : options.longs === $Number ? new $util.LongBits(message.timeNanos.low >>> 0, message.timeNanos.high >>> 0).toNumber() : message.timeNanos;
                if (message.durationNanos != null && $Object.hasOwnProperty.call(message, "durationNanos"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.durationNanos = typeof message.durationNanos === "number" ? $BigInt(message.durationNanos) : $util.Long.fromBits(message.durationNanos.low >>> 0, message.durationNanos.high >>> 0, false).toBigInt();
                    else if (typeof message.durationNanos === "number")
                        object.durationNanos = options.longs === $String ? $String(message.durationNanos) : message.durationNanos;
                    else
                        object.durationNanos = options.longs === $String ? $util.Long.prototype.toString.call(message.durationNanos) : options.longs === $Number ? new $util.LongBits(message.durationNanos.low >>> 0, message.durationNanos.high >>> 0).toNumber() : message.durationNanos;
                if (message.periodType != null && $Object.hasOwnProperty.call(message, "periodType"))
                    object.periodType = $root.google.v1.ValueType.toObject(message.periodType, options, _depth + 1);
                if (message.period != null && $Object.hasOwnProperty.call(message, "period"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.period = typeof message.period === "number" ? $BigInt(message.period) : $util.Long.fromBits(message.period.low >>> 0, message.period.high >>> 0, false).toBigInt();
                    else if (typeof message.period === "number")
                        object.period = options.longs === $String ? $String(message.period) : message.period;
                    else
                        object.period = options.longs === $String ? $util.Long.prototype.toString.call(message.period) : options.longs === $Number ? new $util.LongBits(message.period.low >>> 0, message.period.high >>> 0).toNumber() : message.period;
                if (message.comment && message.comment.length) {
                    object.comment = $Array(message.comment.length);
                    for (let j = 0; j < message.comment.length; ++j)
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.comment[j] = typeof message.comment[j] === "number" ? $BigInt(message.comment[j]) : $util.Long.fromBits(message.comment[j].low >>> 0, message.comment[j].high >>> 0, false).toBigInt();
                        else if (typeof message.comment[j] === "number")
                            object.comment[j] = options.longs === $String ? $String(message.comment[j]) : message.comment[j];
                        else
                            object.comment[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.comment[j]) : options.longs === $Number ? new $util.LongBits(message.comment[j].low >>> 0, message.comment[j].high >>> 0).toNumber() : message.comment[j];
                }
                if (message.defaultSampleType != null && $Object.hasOwnProperty.call(message, "defaultSampleType"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.defaultSampleType = typeof message.defaultSampleType === "number" ? $BigInt(message.defaultSampleType) : $util.Long.fromBits(message.defaultSampleType.low >>> 0, message.defaultSampleType.high >>> 0, false).toBigInt();
                    else if (typeof message.defaultSampleType === "number")
                        object.defaultSampleType = options.longs === $String ? $String(message.defaultSampleType) : message.defaultSampleType;
                    else
                        object.defaultSampleType = options.longs === $String ? $util.Long.prototype.toString.call(message.defaultSampleType) : options.longs === $Number ? new $util.LongBits(message.defaultSampleType.low >>> 0, message.defaultSampleType.high >>> 0).toNumber() : message.defaultSampleType;
                return object;
            };

            /**
             * Converts this Profile to JSON.
             * @function toJSON
             * @memberof google.v1.Profile
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Profile.prototype.toJSON = function() {
                return Profile.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Profile
             * @function getTypeUrl
             * @memberof google.v1.Profile
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Profile.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.v1.Profile";
            };

            return Profile;
        })();

        v1.ValueType = (function() {

            /**
             * Properties of a ValueType.
             * @typedef {Object} google.v1.ValueType.$Properties
             * @property {number|null} [type] ValueType type
             * @property {number|null} [unit] ValueType unit
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ValueType.
             * @memberof google.v1
             * @interface IValueType
             * @augments google.v1.ValueType.$Properties
             * @deprecated Use google.v1.ValueType.$Properties instead.
             */

            /**
             * Shape of a ValueType.
             * @typedef {google.v1.ValueType.$Properties} google.v1.ValueType.$Shape
             */

            /**
             * Constructs a new ValueType.
             * @memberof google.v1
             * @classdesc Represents a ValueType.
             * @constructor
             * @param {google.v1.ValueType.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ValueType = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ValueType type.
             * @member {number} type
             * @memberof google.v1.ValueType
             * @instance
             */
            ValueType.prototype.type = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ValueType unit.
             * @member {number} unit
             * @memberof google.v1.ValueType
             * @instance
             */
            ValueType.prototype.unit = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new ValueType instance using the specified properties.
             * @function create
             * @memberof google.v1.ValueType
             * @static
             * @param {google.v1.ValueType.$Properties=} [properties] Properties to set
             * @returns {google.v1.ValueType} ValueType instance
             * @type {{
             *   (properties: google.v1.ValueType.$Shape): google.v1.ValueType & google.v1.ValueType.$Shape;
             *   (properties?: google.v1.ValueType.$Properties): google.v1.ValueType;
             * }}
             */
            ValueType.create = function(properties) {
                return new ValueType(properties);
            };

            /**
             * Encodes the specified ValueType message. Does not implicitly {@link google.v1.ValueType.verify|verify} messages.
             * @function encode
             * @memberof google.v1.ValueType
             * @static
             * @param {google.v1.ValueType.$Properties} message ValueType message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ValueType.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && (typeof message.type === "object" ? message.type.low || message.type.high : message.type !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.type);
                if (message.unit != null && $Object.hasOwnProperty.call(message, "unit") && (typeof message.unit === "object" ? message.unit.low || message.unit.high : message.unit !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.unit);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ValueType message, length delimited. Does not implicitly {@link google.v1.ValueType.verify|verify} messages.
             * @function encodeDelimited
             * @memberof google.v1.ValueType
             * @static
             * @param {google.v1.ValueType.$Properties} message ValueType message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ValueType.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ValueType message from the specified reader or buffer.
             * @function decode
             * @memberof google.v1.ValueType
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.v1.ValueType & google.v1.ValueType.$Shape} ValueType
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ValueType.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.v1.ValueType();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.unit = value;
                            else
                                delete message.unit;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ValueType message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof google.v1.ValueType
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {google.v1.ValueType & google.v1.ValueType.$Shape} ValueType
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ValueType.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ValueType message.
             * @function verify
             * @memberof google.v1.ValueType
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ValueType.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    if (!$util.isInteger(message.type) && !(message.type && $util.isInteger(message.type.low) && $util.isInteger(message.type.high)))
                        return "type: integer|Long expected";
                if (message.unit != null && $Object.hasOwnProperty.call(message, "unit"))
                    if (!$util.isInteger(message.unit) && !(message.unit && $util.isInteger(message.unit.low) && $util.isInteger(message.unit.high)))
                        return "unit: integer|Long expected";
                return null;
            };

            /**
             * Creates a ValueType message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.v1.ValueType
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.v1.ValueType} ValueType
             */
            ValueType.fromObject = function (object, _depth) {
                if (object instanceof $root.google.v1.ValueType)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.v1.ValueType: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.v1.ValueType();
                if (object.type != null)
                    if (typeof object.type === "object" ? object.type.low || object.type.high : $Number(object.type) !== 0)
                        if ($util.Long)
                            message.type = $util.Long.fromValue(object.type, false);
                        else if (typeof object.type === "string")
                            message.type = $parseInt(object.type, 10);
                        else if (typeof object.type === "number")
                            message.type = object.type;
                        else if (typeof object.type === "object")
                            message.type = new $util.LongBits(object.type.low >>> 0, object.type.high >>> 0).toNumber();
                if (object.unit != null)
                    if (typeof object.unit === "object" ? object.unit.low || object.unit.high : $Number(object.unit) !== 0)
                        if ($util.Long)
                            message.unit = $util.Long.fromValue(object.unit, false);
                        else if (typeof object.unit === "string")
                            message.unit = $parseInt(object.unit, 10);
                        else if (typeof object.unit === "number")
                            message.unit = object.unit;
                        else if (typeof object.unit === "object")
                            message.unit = new $util.LongBits(object.unit.low >>> 0, object.unit.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a ValueType message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.v1.ValueType
             * @static
             * @param {google.v1.ValueType} message ValueType
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ValueType.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.type = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.type = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.unit = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.unit = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.type = typeof message.type === "number" ? $BigInt(message.type) : $util.Long.fromBits(message.type.low >>> 0, message.type.high >>> 0, false).toBigInt();
                    else if (typeof message.type === "number")
                        object.type = options.longs === $String ? $String(message.type) : message.type;
                    else
                        object.type = options.longs === $String ? $util.Long.prototype.toString.call(message.type) : options.longs === $Number ? new $util.LongBits(message.type.low >>> 0, message.type.high >>> 0).toNumber() : message.type;
                if (message.unit != null && $Object.hasOwnProperty.call(message, "unit"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.unit = typeof message.unit === "number" ? $BigInt(message.unit) : $util.Long.fromBits(message.unit.low >>> 0, message.unit.high >>> 0, false).toBigInt();
                    else if (typeof message.unit === "number")
                        object.unit = options.longs === $String ? $String(message.unit) : message.unit;
                    else
                        object.unit = options.longs === $String ? $util.Long.prototype.toString.call(message.unit) : options.longs === $Number ? new $util.LongBits(message.unit.low >>> 0, message.unit.high >>> 0).toNumber() : message.unit;
                return object;
            };

            /**
             * Converts this ValueType to JSON.
             * @function toJSON
             * @memberof google.v1.ValueType
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ValueType.prototype.toJSON = function() {
                return ValueType.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ValueType
             * @function getTypeUrl
             * @memberof google.v1.ValueType
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ValueType.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.v1.ValueType";
            };

            return ValueType;
        })();

        v1.Sample = (function() {

            /**
             * Properties of a Sample.
             * @typedef {Object} google.v1.Sample.$Properties
             * @property {Array.<number>|null} [locationId] Sample locationId
             * @property {Array.<number>|null} [value] Sample value
             * @property {Array.<google.v1.Label.$Properties>|null} [label] Sample label
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Sample.
             * @memberof google.v1
             * @interface ISample
             * @augments google.v1.Sample.$Properties
             * @deprecated Use google.v1.Sample.$Properties instead.
             */

            /**
             * Shape of a Sample.
             * @typedef {google.v1.Sample.$Properties} google.v1.Sample.$Shape
             */

            /**
             * Constructs a new Sample.
             * @memberof google.v1
             * @classdesc Represents a Sample.
             * @constructor
             * @param {google.v1.Sample.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Sample = function (properties) {
                this.locationId = [];
                this.value = [];
                this.label = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Sample locationId.
             * @member {Array.<number>} locationId
             * @memberof google.v1.Sample
             * @instance
             */
            Sample.prototype.locationId = $util.emptyArray;

            /**
             * Sample value.
             * @member {Array.<number>} value
             * @memberof google.v1.Sample
             * @instance
             */
            Sample.prototype.value = $util.emptyArray;

            /**
             * Sample label.
             * @member {Array.<google.v1.Label.$Properties>} label
             * @memberof google.v1.Sample
             * @instance
             */
            Sample.prototype.label = $util.emptyArray;

            /**
             * Creates a new Sample instance using the specified properties.
             * @function create
             * @memberof google.v1.Sample
             * @static
             * @param {google.v1.Sample.$Properties=} [properties] Properties to set
             * @returns {google.v1.Sample} Sample instance
             * @type {{
             *   (properties: google.v1.Sample.$Shape): google.v1.Sample & google.v1.Sample.$Shape;
             *   (properties?: google.v1.Sample.$Properties): google.v1.Sample;
             * }}
             */
            Sample.create = function(properties) {
                return new Sample(properties);
            };

            /**
             * Encodes the specified Sample message. Does not implicitly {@link google.v1.Sample.verify|verify} messages.
             * @function encode
             * @memberof google.v1.Sample
             * @static
             * @param {google.v1.Sample.$Properties} message Sample message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Sample.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.locationId != null && message.locationId.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).uint64s(message.locationId);
                if (message.value != null && message.value.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).int64s(message.value);
                if (message.label != null && message.label.length)
                    for (let i = 0; i < message.label.length; ++i)
                        $root.google.v1.Label.encode(message.label[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Sample message, length delimited. Does not implicitly {@link google.v1.Sample.verify|verify} messages.
             * @function encodeDelimited
             * @memberof google.v1.Sample
             * @static
             * @param {google.v1.Sample.$Properties} message Sample message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Sample.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Sample message from the specified reader or buffer.
             * @function decode
             * @memberof google.v1.Sample
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.v1.Sample & google.v1.Sample.$Shape} Sample
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Sample.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.v1.Sample();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType === 2) {
                                if (!(message.locationId && message.locationId.length))
                                    message.locationId = [];
                                reader.uint64s(message.locationId);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.locationId && message.locationId.length))
                                message.locationId = [];
                            message.locationId.push(reader.uint64());
                            continue;
                        }
                    case 2: {
                            if (wireType === 2) {
                                if (!(message.value && message.value.length))
                                    message.value = [];
                                reader.int64s(message.value);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.value && message.value.length))
                                message.value = [];
                            message.value.push(reader.int64());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.label && message.label.length))
                                message.label = [];
                            message.label.push($root.google.v1.Label.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Sample message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof google.v1.Sample
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {google.v1.Sample & google.v1.Sample.$Shape} Sample
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Sample.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Sample message.
             * @function verify
             * @memberof google.v1.Sample
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Sample.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.locationId != null && $Object.hasOwnProperty.call(message, "locationId")) {
                    if (!$Array.isArray(message.locationId))
                        return "locationId: array expected";
                    for (let i = 0; i < message.locationId.length; ++i)
                        if (!$util.isInteger(message.locationId[i]) && !(message.locationId[i] && $util.isInteger(message.locationId[i].low) && $util.isInteger(message.locationId[i].high)))
                            return "locationId: integer|Long[] expected";
                }
                if (message.value != null && $Object.hasOwnProperty.call(message, "value")) {
                    if (!$Array.isArray(message.value))
                        return "value: array expected";
                    for (let i = 0; i < message.value.length; ++i)
                        if (!$util.isInteger(message.value[i]) && !(message.value[i] && $util.isInteger(message.value[i].low) && $util.isInteger(message.value[i].high)))
                            return "value: integer|Long[] expected";
                }
                if (message.label != null && $Object.hasOwnProperty.call(message, "label")) {
                    if (!$Array.isArray(message.label))
                        return "label: array expected";
                    for (let i = 0; i < message.label.length; ++i) {
                        let error = $root.google.v1.Label.verify(message.label[i], _depth + 1);
                        if (error)
                            return "label." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a Sample message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.v1.Sample
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.v1.Sample} Sample
             */
            Sample.fromObject = function (object, _depth) {
                if (object instanceof $root.google.v1.Sample)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.v1.Sample: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.v1.Sample();
                if (object.locationId) {
                    if (!$Array.isArray(object.locationId))
                        throw $TypeError(".google.v1.Sample.locationId: array expected");
                    message.locationId = $Array(object.locationId.length);
                    for (let i = 0; i < object.locationId.length; ++i)
                        if ($util.Long)
                            message.locationId[i] = $util.Long.fromValue(object.locationId[i], true);
                        else if (typeof object.locationId[i] === "string")
                            message.locationId[i] = $parseInt(object.locationId[i], 10);
                        else if (typeof object.locationId[i] === "number")
                            message.locationId[i] = object.locationId[i];
                        else if (typeof object.locationId[i] === "object")
                            message.locationId[i] = new $util.LongBits(object.locationId[i].low >>> 0, object.locationId[i].high >>> 0).toNumber(true);
                }
                if (object.value) {
                    if (!$Array.isArray(object.value))
                        throw $TypeError(".google.v1.Sample.value: array expected");
                    message.value = $Array(object.value.length);
                    for (let i = 0; i < object.value.length; ++i)
                        if ($util.Long)
                            message.value[i] = $util.Long.fromValue(object.value[i], false);
                        else if (typeof object.value[i] === "string")
                            message.value[i] = $parseInt(object.value[i], 10);
                        else if (typeof object.value[i] === "number")
                            message.value[i] = object.value[i];
                        else if (typeof object.value[i] === "object")
                            message.value[i] = new $util.LongBits(object.value[i].low >>> 0, object.value[i].high >>> 0).toNumber();
                }
                if (object.label) {
                    if (!$Array.isArray(object.label))
                        throw $TypeError(".google.v1.Sample.label: array expected");
                    message.label = $Array(object.label.length);
                    for (let i = 0; i < object.label.length; ++i) {
                        if (!$util.isObject(object.label[i]))
                            throw $TypeError(".google.v1.Sample.label: object expected");
                        message.label[i] = $root.google.v1.Label.fromObject(object.label[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a Sample message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.v1.Sample
             * @static
             * @param {google.v1.Sample} message Sample
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Sample.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.locationId = [];
                    object.value = [];
                    object.label = [];
                }
                if (message.locationId && message.locationId.length) {
                    object.locationId = $Array(message.locationId.length);
                    for (let j = 0; j < message.locationId.length; ++j)
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.locationId[j] = typeof message.locationId[j] === "number" ? $BigInt(message.locationId[j]) : $util.Long.fromBits(message.locationId[j].low >>> 0, message.locationId[j].high >>> 0, true).toBigInt();
                        else if (typeof message.locationId[j] === "number")
                            object.locationId[j] = options.longs === $String ? $String(message.locationId[j]) : message.locationId[j];
                        else
                            object.locationId[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.locationId[j]) : options.longs === $Number ? new $util.LongBits(message.locationId[j].low >>> 0, message.locationId[j].high >>> 0).toNumber(true) : message.locationId[j];
                }
                if (message.value && message.value.length) {
                    object.value = $Array(message.value.length);
                    for (let j = 0; j < message.value.length; ++j)
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.value[j] = typeof message.value[j] === "number" ? $BigInt(message.value[j]) : $util.Long.fromBits(message.value[j].low >>> 0, message.value[j].high >>> 0, false).toBigInt();
                        else if (typeof message.value[j] === "number")
                            object.value[j] = options.longs === $String ? $String(message.value[j]) : message.value[j];
                        else
                            object.value[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.value[j]) : options.longs === $Number ? new $util.LongBits(message.value[j].low >>> 0, message.value[j].high >>> 0).toNumber() : message.value[j];
                }
                if (message.label && message.label.length) {
                    object.label = $Array(message.label.length);
                    for (let j = 0; j < message.label.length; ++j)
                        object.label[j] = $root.google.v1.Label.toObject(message.label[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this Sample to JSON.
             * @function toJSON
             * @memberof google.v1.Sample
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Sample.prototype.toJSON = function() {
                return Sample.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Sample
             * @function getTypeUrl
             * @memberof google.v1.Sample
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Sample.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.v1.Sample";
            };

            return Sample;
        })();

        v1.Label = (function() {

            /**
             * Properties of a Label.
             * @typedef {Object} google.v1.Label.$Properties
             * @property {number|null} [key] Label key
             * @property {number|null} [str] Label str
             * @property {number|null} [num] Label num
             * @property {number|null} [numUnit] Label numUnit
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Label.
             * @memberof google.v1
             * @interface ILabel
             * @augments google.v1.Label.$Properties
             * @deprecated Use google.v1.Label.$Properties instead.
             */

            /**
             * Shape of a Label.
             * @typedef {google.v1.Label.$Properties} google.v1.Label.$Shape
             */

            /**
             * Constructs a new Label.
             * @memberof google.v1
             * @classdesc Represents a Label.
             * @constructor
             * @param {google.v1.Label.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Label = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Label key.
             * @member {number} key
             * @memberof google.v1.Label
             * @instance
             */
            Label.prototype.key = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Label str.
             * @member {number} str
             * @memberof google.v1.Label
             * @instance
             */
            Label.prototype.str = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Label num.
             * @member {number} num
             * @memberof google.v1.Label
             * @instance
             */
            Label.prototype.num = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Label numUnit.
             * @member {number} numUnit
             * @memberof google.v1.Label
             * @instance
             */
            Label.prototype.numUnit = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new Label instance using the specified properties.
             * @function create
             * @memberof google.v1.Label
             * @static
             * @param {google.v1.Label.$Properties=} [properties] Properties to set
             * @returns {google.v1.Label} Label instance
             * @type {{
             *   (properties: google.v1.Label.$Shape): google.v1.Label & google.v1.Label.$Shape;
             *   (properties?: google.v1.Label.$Properties): google.v1.Label;
             * }}
             */
            Label.create = function(properties) {
                return new Label(properties);
            };

            /**
             * Encodes the specified Label message. Does not implicitly {@link google.v1.Label.verify|verify} messages.
             * @function encode
             * @memberof google.v1.Label
             * @static
             * @param {google.v1.Label.$Properties} message Label message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Label.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.key != null && $Object.hasOwnProperty.call(message, "key") && (typeof message.key === "object" ? message.key.low || message.key.high : message.key !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.key);
                if (message.str != null && $Object.hasOwnProperty.call(message, "str") && (typeof message.str === "object" ? message.str.low || message.str.high : message.str !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.str);
                if (message.num != null && $Object.hasOwnProperty.call(message, "num") && (typeof message.num === "object" ? message.num.low || message.num.high : message.num !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.num);
                if (message.numUnit != null && $Object.hasOwnProperty.call(message, "numUnit") && (typeof message.numUnit === "object" ? message.numUnit.low || message.numUnit.high : message.numUnit !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.numUnit);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Label message, length delimited. Does not implicitly {@link google.v1.Label.verify|verify} messages.
             * @function encodeDelimited
             * @memberof google.v1.Label
             * @static
             * @param {google.v1.Label.$Properties} message Label message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Label.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Label message from the specified reader or buffer.
             * @function decode
             * @memberof google.v1.Label
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.v1.Label & google.v1.Label.$Shape} Label
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Label.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.v1.Label();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.key = value;
                            else
                                delete message.key;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.str = value;
                            else
                                delete message.str;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.num = value;
                            else
                                delete message.num;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.numUnit = value;
                            else
                                delete message.numUnit;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Label message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof google.v1.Label
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {google.v1.Label & google.v1.Label.$Shape} Label
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Label.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Label message.
             * @function verify
             * @memberof google.v1.Label
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Label.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                    if (!$util.isInteger(message.key) && !(message.key && $util.isInteger(message.key.low) && $util.isInteger(message.key.high)))
                        return "key: integer|Long expected";
                if (message.str != null && $Object.hasOwnProperty.call(message, "str"))
                    if (!$util.isInteger(message.str) && !(message.str && $util.isInteger(message.str.low) && $util.isInteger(message.str.high)))
                        return "str: integer|Long expected";
                if (message.num != null && $Object.hasOwnProperty.call(message, "num"))
                    if (!$util.isInteger(message.num) && !(message.num && $util.isInteger(message.num.low) && $util.isInteger(message.num.high)))
                        return "num: integer|Long expected";
                if (message.numUnit != null && $Object.hasOwnProperty.call(message, "numUnit"))
                    if (!$util.isInteger(message.numUnit) && !(message.numUnit && $util.isInteger(message.numUnit.low) && $util.isInteger(message.numUnit.high)))
                        return "numUnit: integer|Long expected";
                return null;
            };

            /**
             * Creates a Label message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.v1.Label
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.v1.Label} Label
             */
            Label.fromObject = function (object, _depth) {
                if (object instanceof $root.google.v1.Label)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.v1.Label: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.v1.Label();
                if (object.key != null)
                    if (typeof object.key === "object" ? object.key.low || object.key.high : $Number(object.key) !== 0)
                        if ($util.Long)
                            message.key = $util.Long.fromValue(object.key, false);
                        else if (typeof object.key === "string")
                            message.key = $parseInt(object.key, 10);
                        else if (typeof object.key === "number")
                            message.key = object.key;
                        else if (typeof object.key === "object")
                            message.key = new $util.LongBits(object.key.low >>> 0, object.key.high >>> 0).toNumber();
                if (object.str != null)
                    if (typeof object.str === "object" ? object.str.low || object.str.high : $Number(object.str) !== 0)
                        if ($util.Long)
                            message.str = $util.Long.fromValue(object.str, false);
                        else if (typeof object.str === "string")
                            message.str = $parseInt(object.str, 10);
                        else if (typeof object.str === "number")
                            message.str = object.str;
                        else if (typeof object.str === "object")
                            message.str = new $util.LongBits(object.str.low >>> 0, object.str.high >>> 0).toNumber();
                if (object.num != null)
                    if (typeof object.num === "object" ? object.num.low || object.num.high : $Number(object.num) !== 0)
                        if ($util.Long)
                            message.num = $util.Long.fromValue(object.num, false);
                        else if (typeof object.num === "string")
                            message.num = $parseInt(object.num, 10);
                        else if (typeof object.num === "number")
                            message.num = object.num;
                        else if (typeof object.num === "object")
                            message.num = new $util.LongBits(object.num.low >>> 0, object.num.high >>> 0).toNumber();
                if (object.numUnit != null)
                    if (typeof object.numUnit === "object" ? object.numUnit.low || object.numUnit.high : $Number(object.numUnit) !== 0)
                        if ($util.Long)
                            message.numUnit = $util.Long.fromValue(object.numUnit, false);
                        else if (typeof object.numUnit === "string")
                            message.numUnit = $parseInt(object.numUnit, 10);
                        else if (typeof object.numUnit === "number")
                            message.numUnit = object.numUnit;
                        else if (typeof object.numUnit === "object")
                            message.numUnit = new $util.LongBits(object.numUnit.low >>> 0, object.numUnit.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a Label message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.v1.Label
             * @static
             * @param {google.v1.Label} message Label
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Label.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.key = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.key = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.str = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.str = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.num = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.num = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.numUnit = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.numUnit = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.key = typeof message.key === "number" ? $BigInt(message.key) : $util.Long.fromBits(message.key.low >>> 0, message.key.high >>> 0, false).toBigInt();
                    else if (typeof message.key === "number")
                        object.key = options.longs === $String ? $String(message.key) : message.key;
                    else
                        object.key = options.longs === $String ? $util.Long.prototype.toString.call(message.key) : options.longs === $Number ? new $util.LongBits(message.key.low >>> 0, message.key.high >>> 0).toNumber() : message.key;
                if (message.str != null && $Object.hasOwnProperty.call(message, "str"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.str = typeof message.str === "number" ? $BigInt(message.str) : $util.Long.fromBits(message.str.low >>> 0, message.str.high >>> 0, false).toBigInt();
                    else if (typeof message.str === "number")
                        object.str = options.longs === $String ? $String(message.str) : message.str;
                    else
                        object.str = options.longs === $String ? $util.Long.prototype.toString.call(message.str) : options.longs === $Number ? new $util.LongBits(message.str.low >>> 0, message.str.high >>> 0).toNumber() : message.str;
                if (message.num != null && $Object.hasOwnProperty.call(message, "num"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.num = typeof message.num === "number" ? $BigInt(message.num) : $util.Long.fromBits(message.num.low >>> 0, message.num.high >>> 0, false).toBigInt();
                    else if (typeof message.num === "number")
                        object.num = options.longs === $String ? $String(message.num) : message.num;
                    else
                        object.num = options.longs === $String ? $util.Long.prototype.toString.call(message.num) : options.longs === $Number ? new $util.LongBits(message.num.low >>> 0, message.num.high >>> 0).toNumber() : message.num;
                if (message.numUnit != null && $Object.hasOwnProperty.call(message, "numUnit"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.numUnit = typeof message.numUnit === "number" ? $BigInt(message.numUnit) : $util.Long.fromBits(message.numUnit.low >>> 0, message.numUnit.high >>> 0, false).toBigInt();
                    else if (typeof message.numUnit === "number")
                        object.numUnit = options.longs === $String ? $String(message.numUnit) : message.numUnit;
                    else
                        object.numUnit = options.longs === $String ? $util.Long.prototype.toString.call(message.numUnit) : options.longs === $Number ? new $util.LongBits(message.numUnit.low >>> 0, message.numUnit.high >>> 0).toNumber() : message.numUnit;
                return object;
            };

            /**
             * Converts this Label to JSON.
             * @function toJSON
             * @memberof google.v1.Label
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Label.prototype.toJSON = function() {
                return Label.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Label
             * @function getTypeUrl
             * @memberof google.v1.Label
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Label.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.v1.Label";
            };

            return Label;
        })();

        v1.Mapping = (function() {

            /**
             * Properties of a Mapping.
             * @typedef {Object} google.v1.Mapping.$Properties
             * @property {number|null} [id] Mapping id
             * @property {number|null} [memoryStart] Mapping memoryStart
             * @property {number|null} [memoryLimit] Mapping memoryLimit
             * @property {number|null} [fileOffset] Mapping fileOffset
             * @property {number|null} [filename] Mapping filename
             * @property {number|null} [buildId] Mapping buildId
             * @property {boolean|null} [hasFunctions] Mapping hasFunctions
             * @property {boolean|null} [hasFilenames] Mapping hasFilenames
             * @property {boolean|null} [hasLineNumbers] Mapping hasLineNumbers
             * @property {boolean|null} [hasInlineFrames] Mapping hasInlineFrames
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Mapping.
             * @memberof google.v1
             * @interface IMapping
             * @augments google.v1.Mapping.$Properties
             * @deprecated Use google.v1.Mapping.$Properties instead.
             */

            /**
             * Shape of a Mapping.
             * @typedef {google.v1.Mapping.$Properties} google.v1.Mapping.$Shape
             */

            /**
             * Constructs a new Mapping.
             * @memberof google.v1
             * @classdesc Represents a Mapping.
             * @constructor
             * @param {google.v1.Mapping.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Mapping = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Mapping id.
             * @member {number} id
             * @memberof google.v1.Mapping
             * @instance
             */
            Mapping.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Mapping memoryStart.
             * @member {number} memoryStart
             * @memberof google.v1.Mapping
             * @instance
             */
            Mapping.prototype.memoryStart = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Mapping memoryLimit.
             * @member {number} memoryLimit
             * @memberof google.v1.Mapping
             * @instance
             */
            Mapping.prototype.memoryLimit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Mapping fileOffset.
             * @member {number} fileOffset
             * @memberof google.v1.Mapping
             * @instance
             */
            Mapping.prototype.fileOffset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Mapping filename.
             * @member {number} filename
             * @memberof google.v1.Mapping
             * @instance
             */
            Mapping.prototype.filename = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Mapping buildId.
             * @member {number} buildId
             * @memberof google.v1.Mapping
             * @instance
             */
            Mapping.prototype.buildId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Mapping hasFunctions.
             * @member {boolean} hasFunctions
             * @memberof google.v1.Mapping
             * @instance
             */
            Mapping.prototype.hasFunctions = false;

            /**
             * Mapping hasFilenames.
             * @member {boolean} hasFilenames
             * @memberof google.v1.Mapping
             * @instance
             */
            Mapping.prototype.hasFilenames = false;

            /**
             * Mapping hasLineNumbers.
             * @member {boolean} hasLineNumbers
             * @memberof google.v1.Mapping
             * @instance
             */
            Mapping.prototype.hasLineNumbers = false;

            /**
             * Mapping hasInlineFrames.
             * @member {boolean} hasInlineFrames
             * @memberof google.v1.Mapping
             * @instance
             */
            Mapping.prototype.hasInlineFrames = false;

            /**
             * Creates a new Mapping instance using the specified properties.
             * @function create
             * @memberof google.v1.Mapping
             * @static
             * @param {google.v1.Mapping.$Properties=} [properties] Properties to set
             * @returns {google.v1.Mapping} Mapping instance
             * @type {{
             *   (properties: google.v1.Mapping.$Shape): google.v1.Mapping & google.v1.Mapping.$Shape;
             *   (properties?: google.v1.Mapping.$Properties): google.v1.Mapping;
             * }}
             */
            Mapping.create = function(properties) {
                return new Mapping(properties);
            };

            /**
             * Encodes the specified Mapping message. Does not implicitly {@link google.v1.Mapping.verify|verify} messages.
             * @function encode
             * @memberof google.v1.Mapping
             * @static
             * @param {google.v1.Mapping.$Properties} message Mapping message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Mapping.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                if (message.memoryStart != null && $Object.hasOwnProperty.call(message, "memoryStart") && (typeof message.memoryStart === "object" ? message.memoryStart.low || message.memoryStart.high : message.memoryStart !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.memoryStart);
                if (message.memoryLimit != null && $Object.hasOwnProperty.call(message, "memoryLimit") && (typeof message.memoryLimit === "object" ? message.memoryLimit.low || message.memoryLimit.high : message.memoryLimit !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.memoryLimit);
                if (message.fileOffset != null && $Object.hasOwnProperty.call(message, "fileOffset") && (typeof message.fileOffset === "object" ? message.fileOffset.low || message.fileOffset.high : message.fileOffset !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.fileOffset);
                if (message.filename != null && $Object.hasOwnProperty.call(message, "filename") && (typeof message.filename === "object" ? message.filename.low || message.filename.high : message.filename !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.filename);
                if (message.buildId != null && $Object.hasOwnProperty.call(message, "buildId") && (typeof message.buildId === "object" ? message.buildId.low || message.buildId.high : message.buildId !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.buildId);
                if (message.hasFunctions != null && $Object.hasOwnProperty.call(message, "hasFunctions") && message.hasFunctions !== false)
                    writer.uint32(/* id 7, wireType 0 =*/56).bool(message.hasFunctions);
                if (message.hasFilenames != null && $Object.hasOwnProperty.call(message, "hasFilenames") && message.hasFilenames !== false)
                    writer.uint32(/* id 8, wireType 0 =*/64).bool(message.hasFilenames);
                if (message.hasLineNumbers != null && $Object.hasOwnProperty.call(message, "hasLineNumbers") && message.hasLineNumbers !== false)
                    writer.uint32(/* id 9, wireType 0 =*/72).bool(message.hasLineNumbers);
                if (message.hasInlineFrames != null && $Object.hasOwnProperty.call(message, "hasInlineFrames") && message.hasInlineFrames !== false)
                    writer.uint32(/* id 10, wireType 0 =*/80).bool(message.hasInlineFrames);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Mapping message, length delimited. Does not implicitly {@link google.v1.Mapping.verify|verify} messages.
             * @function encodeDelimited
             * @memberof google.v1.Mapping
             * @static
             * @param {google.v1.Mapping.$Properties} message Mapping message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Mapping.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Mapping message from the specified reader or buffer.
             * @function decode
             * @memberof google.v1.Mapping
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.v1.Mapping & google.v1.Mapping.$Shape} Mapping
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Mapping.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.v1.Mapping();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.memoryStart = value;
                            else
                                delete message.memoryStart;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.memoryLimit = value;
                            else
                                delete message.memoryLimit;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.fileOffset = value;
                            else
                                delete message.fileOffset;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.filename = value;
                            else
                                delete message.filename;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.buildId = value;
                            else
                                delete message.buildId;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.hasFunctions = value;
                            else
                                delete message.hasFunctions;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.hasFilenames = value;
                            else
                                delete message.hasFilenames;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.hasLineNumbers = value;
                            else
                                delete message.hasLineNumbers;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.hasInlineFrames = value;
                            else
                                delete message.hasInlineFrames;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Mapping message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof google.v1.Mapping
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {google.v1.Mapping & google.v1.Mapping.$Shape} Mapping
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Mapping.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Mapping message.
             * @function verify
             * @memberof google.v1.Mapping
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Mapping.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isInteger(message.id) && !(message.id && $util.isInteger(message.id.low) && $util.isInteger(message.id.high)))
                        return "id: integer|Long expected";
                if (message.memoryStart != null && $Object.hasOwnProperty.call(message, "memoryStart"))
                    if (!$util.isInteger(message.memoryStart) && !(message.memoryStart && $util.isInteger(message.memoryStart.low) && $util.isInteger(message.memoryStart.high)))
                        return "memoryStart: integer|Long expected";
                if (message.memoryLimit != null && $Object.hasOwnProperty.call(message, "memoryLimit"))
                    if (!$util.isInteger(message.memoryLimit) && !(message.memoryLimit && $util.isInteger(message.memoryLimit.low) && $util.isInteger(message.memoryLimit.high)))
                        return "memoryLimit: integer|Long expected";
                if (message.fileOffset != null && $Object.hasOwnProperty.call(message, "fileOffset"))
                    if (!$util.isInteger(message.fileOffset) && !(message.fileOffset && $util.isInteger(message.fileOffset.low) && $util.isInteger(message.fileOffset.high)))
                        return "fileOffset: integer|Long expected";
                if (message.filename != null && $Object.hasOwnProperty.call(message, "filename"))
                    if (!$util.isInteger(message.filename) && !(message.filename && $util.isInteger(message.filename.low) && $util.isInteger(message.filename.high)))
                        return "filename: integer|Long expected";
                if (message.buildId != null && $Object.hasOwnProperty.call(message, "buildId"))
                    if (!$util.isInteger(message.buildId) && !(message.buildId && $util.isInteger(message.buildId.low) && $util.isInteger(message.buildId.high)))
                        return "buildId: integer|Long expected";
                if (message.hasFunctions != null && $Object.hasOwnProperty.call(message, "hasFunctions"))
                    if (typeof message.hasFunctions !== "boolean")
                        return "hasFunctions: boolean expected";
                if (message.hasFilenames != null && $Object.hasOwnProperty.call(message, "hasFilenames"))
                    if (typeof message.hasFilenames !== "boolean")
                        return "hasFilenames: boolean expected";
                if (message.hasLineNumbers != null && $Object.hasOwnProperty.call(message, "hasLineNumbers"))
                    if (typeof message.hasLineNumbers !== "boolean")
                        return "hasLineNumbers: boolean expected";
                if (message.hasInlineFrames != null && $Object.hasOwnProperty.call(message, "hasInlineFrames"))
                    if (typeof message.hasInlineFrames !== "boolean")
                        return "hasInlineFrames: boolean expected";
                return null;
            };

            /**
             * Creates a Mapping message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.v1.Mapping
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.v1.Mapping} Mapping
             */
            Mapping.fromObject = function (object, _depth) {
                if (object instanceof $root.google.v1.Mapping)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.v1.Mapping: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.v1.Mapping();
                if (object.id != null)
                    if (typeof object.id === "object" ? object.id.low || object.id.high : $Number(object.id) !== 0)
                        if ($util.Long)
                            message.id = $util.Long.fromValue(object.id, true);
                        else if (typeof object.id === "string")
                            message.id = $parseInt(object.id, 10);
                        else if (typeof object.id === "number")
                            message.id = object.id;
                        else if (typeof object.id === "object")
                            message.id = new $util.LongBits(object.id.low >>> 0, object.id.high >>> 0).toNumber(true);
                if (object.memoryStart != null)
                    if (typeof object.memoryStart === "object" ? object.memoryStart.low || object.memoryStart.high : $Number(object.memoryStart) !== 0)
                        if ($util.Long)
                            message.memoryStart = $util.Long.fromValue(object.memoryStart, true);
                        else if (typeof object.memoryStart === "string")
                            message.memoryStart = $parseInt(object.memoryStart, 10);
                        else if (typeof object.memoryStart === "number")
                            message.memoryStart = object.memoryStart;
                        else if (typeof object.memoryStart === "object")
                            message.memoryStart = new $util.LongBits(object.memoryStart.low >>> 0, object.memoryStart.high >>> 0).toNumber(true);
                if (object.memoryLimit != null)
                    if (typeof object.memoryLimit === "object" ? object.memoryLimit.low || object.memoryLimit.high : $Number(object.memoryLimit) !== 0)
                        if ($util.Long)
                            message.memoryLimit = $util.Long.fromValue(object.memoryLimit, true);
                        else if (typeof object.memoryLimit === "string")
                            message.memoryLimit = $parseInt(object.memoryLimit, 10);
                        else if (typeof object.memoryLimit === "number")
                            message.memoryLimit = object.memoryLimit;
                        else if (typeof object.memoryLimit === "object")
                            message.memoryLimit = new $util.LongBits(object.memoryLimit.low >>> 0, object.memoryLimit.high >>> 0).toNumber(true);
                if (object.fileOffset != null)
                    if (typeof object.fileOffset === "object" ? object.fileOffset.low || object.fileOffset.high : $Number(object.fileOffset) !== 0)
                        if ($util.Long)
                            message.fileOffset = $util.Long.fromValue(object.fileOffset, true);
                        else if (typeof object.fileOffset === "string")
                            message.fileOffset = $parseInt(object.fileOffset, 10);
                        else if (typeof object.fileOffset === "number")
                            message.fileOffset = object.fileOffset;
                        else if (typeof object.fileOffset === "object")
                            message.fileOffset = new $util.LongBits(object.fileOffset.low >>> 0, object.fileOffset.high >>> 0).toNumber(true);
                if (object.filename != null)
                    if (typeof object.filename === "object" ? object.filename.low || object.filename.high : $Number(object.filename) !== 0)
                        if ($util.Long)
                            message.filename = $util.Long.fromValue(object.filename, false);
                        else if (typeof object.filename === "string")
                            message.filename = $parseInt(object.filename, 10);
                        else if (typeof object.filename === "number")
                            message.filename = object.filename;
                        else if (typeof object.filename === "object")
                            message.filename = new $util.LongBits(object.filename.low >>> 0, object.filename.high >>> 0).toNumber();
                if (object.buildId != null)
                    if (typeof object.buildId === "object" ? object.buildId.low || object.buildId.high : $Number(object.buildId) !== 0)
                        if ($util.Long)
                            message.buildId = $util.Long.fromValue(object.buildId, false);
                        else if (typeof object.buildId === "string")
                            message.buildId = $parseInt(object.buildId, 10);
                        else if (typeof object.buildId === "number")
                            message.buildId = object.buildId;
                        else if (typeof object.buildId === "object")
                            message.buildId = new $util.LongBits(object.buildId.low >>> 0, object.buildId.high >>> 0).toNumber();
                if (object.hasFunctions != null)
                    if (object.hasFunctions)
                        message.hasFunctions = $Boolean(object.hasFunctions);
                if (object.hasFilenames != null)
                    if (object.hasFilenames)
                        message.hasFilenames = $Boolean(object.hasFilenames);
                if (object.hasLineNumbers != null)
                    if (object.hasLineNumbers)
                        message.hasLineNumbers = $Boolean(object.hasLineNumbers);
                if (object.hasInlineFrames != null)
                    if (object.hasInlineFrames)
                        message.hasInlineFrames = $Boolean(object.hasInlineFrames);
                return message;
            };

            /**
             * Creates a plain object from a Mapping message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.v1.Mapping
             * @static
             * @param {google.v1.Mapping} message Mapping
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Mapping.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.memoryStart = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.memoryStart = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.memoryLimit = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.memoryLimit = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.fileOffset = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.fileOffset = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.filename = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.filename = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.buildId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.buildId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.hasFunctions = false;
                    object.hasFilenames = false;
                    object.hasLineNumbers = false;
                    object.hasInlineFrames = false;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.id = typeof message.id === "number" ? $BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                    else if (typeof message.id === "number")
                        object.id = options.longs === $String ? $String(message.id) : message.id;
                    else
                        object.id = options.longs === $String ? $util.Long.prototype.toString.call(message.id) : options.longs === $Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
                if (message.memoryStart != null && $Object.hasOwnProperty.call(message, "memoryStart"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.memoryStart = typeof message.memoryStart === "number" ? $BigInt(message.memoryStart) : $util.Long.fromBits(message.memoryStart.low >>> 0, message.memoryStart.high >>> 0, true).toBigInt();
                    else if (typeof message.memoryStart === "number")
                        object.memoryStart = options.longs === $String ? $String(message.memoryStart) : message.memoryStart;
                    else
                        object.memoryStart = options.longs === $String ? $util.Long.prototype.toString.call(message.memoryStart) : options.longs === $Number ? new $util.LongBits(message.memoryStart.low >>> 0, message.memoryStart.high >>> 0).toNumber(true) : message.memoryStart;
                if (message.memoryLimit != null && $Object.hasOwnProperty.call(message, "memoryLimit"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.memoryLimit = typeof message.memoryLimit === "number" ? $BigInt(message.memoryLimit) : $util.Long.fromBits(message.memoryLimit.low >>> 0, message.memoryLimit.high >>> 0, true).toBigInt();
                    else if (typeof message.memoryLimit === "number")
                        object.memoryLimit = options.longs === $String ? $String(message.memoryLimit) : message.memoryLimit;
                    else
                        object.memoryLimit = options.longs === $String ? $util.Long.prototype.toString.call(message.memoryLimit) : options.longs === $Number ? new $util.LongBits(message.memoryLimit.low >>> 0, message.memoryLimit.high >>> 0).toNumber(true) : message.memoryLimit;
                if (message.fileOffset != null && $Object.hasOwnProperty.call(message, "fileOffset"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.fileOffset = typeof message.fileOffset === "number" ? $BigInt(message.fileOffset) : $util.Long.fromBits(message.fileOffset.low >>> 0, message.fileOffset.high >>> 0, true).toBigInt();
                    else if (typeof message.fileOffset === "number")
                        object.fileOffset = options.longs === $String ? $String(message.fileOffset) : message.fileOffset;
                    else
                        object.fileOffset = options.longs === $String ? $util.Long.prototype.toString.call(message.fileOffset) : options.longs === $Number ? new $util.LongBits(message.fileOffset.low >>> 0, message.fileOffset.high >>> 0).toNumber(true) : message.fileOffset;
                if (message.filename != null && $Object.hasOwnProperty.call(message, "filename"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.filename = typeof message.filename === "number" ? $BigInt(message.filename) : $util.Long.fromBits(message.filename.low >>> 0, message.filename.high >>> 0, false).toBigInt();
                    else if (typeof message.filename === "number")
                        object.filename = options.longs === $String ? $String(message.filename) : message.filename;
                    else
                        object.filename = options.longs === $String ? $util.Long.prototype.toString.call(message.filename) : options.longs === $Number ? new $util.LongBits(message.filename.low >>> 0, message.filename.high >>> 0).toNumber() : message.filename;
                if (message.buildId != null && $Object.hasOwnProperty.call(message, "buildId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.buildId = typeof message.buildId === "number" ? $BigInt(message.buildId) : $util.Long.fromBits(message.buildId.low >>> 0, message.buildId.high >>> 0, false).toBigInt();
                    else if (typeof message.buildId === "number")
                        object.buildId = options.longs === $String ? $String(message.buildId) : message.buildId;
                    else
                        object.buildId = options.longs === $String ? $util.Long.prototype.toString.call(message.buildId) : options.longs === $Number ? new $util.LongBits(message.buildId.low >>> 0, message.buildId.high >>> 0).toNumber() : message.buildId;
                if (message.hasFunctions != null && $Object.hasOwnProperty.call(message, "hasFunctions"))
                    object.hasFunctions = message.hasFunctions;
                if (message.hasFilenames != null && $Object.hasOwnProperty.call(message, "hasFilenames"))
                    object.hasFilenames = message.hasFilenames;
                if (message.hasLineNumbers != null && $Object.hasOwnProperty.call(message, "hasLineNumbers"))
                    object.hasLineNumbers = message.hasLineNumbers;
                if (message.hasInlineFrames != null && $Object.hasOwnProperty.call(message, "hasInlineFrames"))
                    object.hasInlineFrames = message.hasInlineFrames;
                return object;
            };

            /**
             * Converts this Mapping to JSON.
             * @function toJSON
             * @memberof google.v1.Mapping
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Mapping.prototype.toJSON = function() {
                return Mapping.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Mapping
             * @function getTypeUrl
             * @memberof google.v1.Mapping
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Mapping.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.v1.Mapping";
            };

            return Mapping;
        })();

        v1.Location = (function() {

            /**
             * Properties of a Location.
             * @typedef {Object} google.v1.Location.$Properties
             * @property {number|null} [id] Location id
             * @property {number|null} [mappingId] Location mappingId
             * @property {number|null} [address] Location address
             * @property {Array.<google.v1.Line.$Properties>|null} [line] Location line
             * @property {boolean|null} [isFolded] Location isFolded
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Location.
             * @memberof google.v1
             * @interface ILocation
             * @augments google.v1.Location.$Properties
             * @deprecated Use google.v1.Location.$Properties instead.
             */

            /**
             * Shape of a Location.
             * @typedef {google.v1.Location.$Properties} google.v1.Location.$Shape
             */

            /**
             * Constructs a new Location.
             * @memberof google.v1
             * @classdesc Represents a Location.
             * @constructor
             * @param {google.v1.Location.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Location = function (properties) {
                this.line = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Location id.
             * @member {number} id
             * @memberof google.v1.Location
             * @instance
             */
            Location.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Location mappingId.
             * @member {number} mappingId
             * @memberof google.v1.Location
             * @instance
             */
            Location.prototype.mappingId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Location address.
             * @member {number} address
             * @memberof google.v1.Location
             * @instance
             */
            Location.prototype.address = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Location line.
             * @member {Array.<google.v1.Line.$Properties>} line
             * @memberof google.v1.Location
             * @instance
             */
            Location.prototype.line = $util.emptyArray;

            /**
             * Location isFolded.
             * @member {boolean} isFolded
             * @memberof google.v1.Location
             * @instance
             */
            Location.prototype.isFolded = false;

            /**
             * Creates a new Location instance using the specified properties.
             * @function create
             * @memberof google.v1.Location
             * @static
             * @param {google.v1.Location.$Properties=} [properties] Properties to set
             * @returns {google.v1.Location} Location instance
             * @type {{
             *   (properties: google.v1.Location.$Shape): google.v1.Location & google.v1.Location.$Shape;
             *   (properties?: google.v1.Location.$Properties): google.v1.Location;
             * }}
             */
            Location.create = function(properties) {
                return new Location(properties);
            };

            /**
             * Encodes the specified Location message. Does not implicitly {@link google.v1.Location.verify|verify} messages.
             * @function encode
             * @memberof google.v1.Location
             * @static
             * @param {google.v1.Location.$Properties} message Location message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Location.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                if (message.mappingId != null && $Object.hasOwnProperty.call(message, "mappingId") && (typeof message.mappingId === "object" ? message.mappingId.low || message.mappingId.high : message.mappingId !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.mappingId);
                if (message.address != null && $Object.hasOwnProperty.call(message, "address") && (typeof message.address === "object" ? message.address.low || message.address.high : message.address !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.address);
                if (message.line != null && message.line.length)
                    for (let i = 0; i < message.line.length; ++i)
                        $root.google.v1.Line.encode(message.line[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.isFolded != null && $Object.hasOwnProperty.call(message, "isFolded") && message.isFolded !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.isFolded);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Location message, length delimited. Does not implicitly {@link google.v1.Location.verify|verify} messages.
             * @function encodeDelimited
             * @memberof google.v1.Location
             * @static
             * @param {google.v1.Location.$Properties} message Location message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Location.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Location message from the specified reader or buffer.
             * @function decode
             * @memberof google.v1.Location
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.v1.Location & google.v1.Location.$Shape} Location
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Location.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.v1.Location();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.mappingId = value;
                            else
                                delete message.mappingId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.address = value;
                            else
                                delete message.address;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.line && message.line.length))
                                message.line = [];
                            message.line.push($root.google.v1.Line.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.isFolded = value;
                            else
                                delete message.isFolded;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Location message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof google.v1.Location
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {google.v1.Location & google.v1.Location.$Shape} Location
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Location.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Location message.
             * @function verify
             * @memberof google.v1.Location
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Location.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isInteger(message.id) && !(message.id && $util.isInteger(message.id.low) && $util.isInteger(message.id.high)))
                        return "id: integer|Long expected";
                if (message.mappingId != null && $Object.hasOwnProperty.call(message, "mappingId"))
                    if (!$util.isInteger(message.mappingId) && !(message.mappingId && $util.isInteger(message.mappingId.low) && $util.isInteger(message.mappingId.high)))
                        return "mappingId: integer|Long expected";
                if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                    if (!$util.isInteger(message.address) && !(message.address && $util.isInteger(message.address.low) && $util.isInteger(message.address.high)))
                        return "address: integer|Long expected";
                if (message.line != null && $Object.hasOwnProperty.call(message, "line")) {
                    if (!$Array.isArray(message.line))
                        return "line: array expected";
                    for (let i = 0; i < message.line.length; ++i) {
                        let error = $root.google.v1.Line.verify(message.line[i], _depth + 1);
                        if (error)
                            return "line." + error;
                    }
                }
                if (message.isFolded != null && $Object.hasOwnProperty.call(message, "isFolded"))
                    if (typeof message.isFolded !== "boolean")
                        return "isFolded: boolean expected";
                return null;
            };

            /**
             * Creates a Location message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.v1.Location
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.v1.Location} Location
             */
            Location.fromObject = function (object, _depth) {
                if (object instanceof $root.google.v1.Location)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.v1.Location: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.v1.Location();
                if (object.id != null)
                    if (typeof object.id === "object" ? object.id.low || object.id.high : $Number(object.id) !== 0)
                        if ($util.Long)
                            message.id = $util.Long.fromValue(object.id, true);
                        else if (typeof object.id === "string")
                            message.id = $parseInt(object.id, 10);
                        else if (typeof object.id === "number")
                            message.id = object.id;
                        else if (typeof object.id === "object")
                            message.id = new $util.LongBits(object.id.low >>> 0, object.id.high >>> 0).toNumber(true);
                if (object.mappingId != null)
                    if (typeof object.mappingId === "object" ? object.mappingId.low || object.mappingId.high : $Number(object.mappingId) !== 0)
                        if ($util.Long)
                            message.mappingId = $util.Long.fromValue(object.mappingId, true);
                        else if (typeof object.mappingId === "string")
                            message.mappingId = $parseInt(object.mappingId, 10);
                        else if (typeof object.mappingId === "number")
                            message.mappingId = object.mappingId;
                        else if (typeof object.mappingId === "object")
                            message.mappingId = new $util.LongBits(object.mappingId.low >>> 0, object.mappingId.high >>> 0).toNumber(true);
                if (object.address != null)
                    if (typeof object.address === "object" ? object.address.low || object.address.high : $Number(object.address) !== 0)
                        if ($util.Long)
                            message.address = $util.Long.fromValue(object.address, true);
                        else if (typeof object.address === "string")
                            message.address = $parseInt(object.address, 10);
                        else if (typeof object.address === "number")
                            message.address = object.address;
                        else if (typeof object.address === "object")
                            message.address = new $util.LongBits(object.address.low >>> 0, object.address.high >>> 0).toNumber(true);
                if (object.line) {
                    if (!$Array.isArray(object.line))
                        throw $TypeError(".google.v1.Location.line: array expected");
                    message.line = $Array(object.line.length);
                    for (let i = 0; i < object.line.length; ++i) {
                        if (!$util.isObject(object.line[i]))
                            throw $TypeError(".google.v1.Location.line: object expected");
                        message.line[i] = $root.google.v1.Line.fromObject(object.line[i], _depth + 1);
                    }
                }
                if (object.isFolded != null)
                    if (object.isFolded)
                        message.isFolded = $Boolean(object.isFolded);
                return message;
            };

            /**
             * Creates a plain object from a Location message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.v1.Location
             * @static
             * @param {google.v1.Location} message Location
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Location.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.line = [];
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.mappingId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.mappingId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.address = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.address = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.isFolded = false;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.id = typeof message.id === "number" ? $BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                    else if (typeof message.id === "number")
                        object.id = options.longs === $String ? $String(message.id) : message.id;
                    else
                        object.id = options.longs === $String ? $util.Long.prototype.toString.call(message.id) : options.longs === $Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
                if (message.mappingId != null && $Object.hasOwnProperty.call(message, "mappingId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.mappingId = typeof message.mappingId === "number" ? $BigInt(message.mappingId) : $util.Long.fromBits(message.mappingId.low >>> 0, message.mappingId.high >>> 0, true).toBigInt();
                    else if (typeof message.mappingId === "number")
                        object.mappingId = options.longs === $String ? $String(message.mappingId) : message.mappingId;
                    else
                        object.mappingId = options.longs === $String ? $util.Long.prototype.toString.call(message.mappingId) : options.longs === $Number ? new $util.LongBits(message.mappingId.low >>> 0, message.mappingId.high >>> 0).toNumber(true) : message.mappingId;
                if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.address = typeof message.address === "number" ? $BigInt(message.address) : $util.Long.fromBits(message.address.low >>> 0, message.address.high >>> 0, true).toBigInt();
                    else if (typeof message.address === "number")
                        object.address = options.longs === $String ? $String(message.address) : message.address;
                    else
                        object.address = options.longs === $String ? $util.Long.prototype.toString.call(message.address) : options.longs === $Number ? new $util.LongBits(message.address.low >>> 0, message.address.high >>> 0).toNumber(true) : message.address;
                if (message.line && message.line.length) {
                    object.line = $Array(message.line.length);
                    for (let j = 0; j < message.line.length; ++j)
                        object.line[j] = $root.google.v1.Line.toObject(message.line[j], options, _depth + 1);
                }
                if (message.isFolded != null && $Object.hasOwnProperty.call(message, "isFolded"))
                    object.isFolded = message.isFolded;
                return object;
            };

            /**
             * Converts this Location to JSON.
             * @function toJSON
             * @memberof google.v1.Location
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Location.prototype.toJSON = function() {
                return Location.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Location
             * @function getTypeUrl
             * @memberof google.v1.Location
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Location.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.v1.Location";
            };

            return Location;
        })();

        v1.Line = (function() {

            /**
             * Properties of a Line.
             * @typedef {Object} google.v1.Line.$Properties
             * @property {number|null} [functionId] Line functionId
             * @property {number|null} [line] Line line
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Line.
             * @memberof google.v1
             * @interface ILine
             * @augments google.v1.Line.$Properties
             * @deprecated Use google.v1.Line.$Properties instead.
             */

            /**
             * Shape of a Line.
             * @typedef {google.v1.Line.$Properties} google.v1.Line.$Shape
             */

            /**
             * Constructs a new Line.
             * @memberof google.v1
             * @classdesc Represents a Line.
             * @constructor
             * @param {google.v1.Line.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Line = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Line functionId.
             * @member {number} functionId
             * @memberof google.v1.Line
             * @instance
             */
            Line.prototype.functionId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Line line.
             * @member {number} line
             * @memberof google.v1.Line
             * @instance
             */
            Line.prototype.line = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new Line instance using the specified properties.
             * @function create
             * @memberof google.v1.Line
             * @static
             * @param {google.v1.Line.$Properties=} [properties] Properties to set
             * @returns {google.v1.Line} Line instance
             * @type {{
             *   (properties: google.v1.Line.$Shape): google.v1.Line & google.v1.Line.$Shape;
             *   (properties?: google.v1.Line.$Properties): google.v1.Line;
             * }}
             */
            Line.create = function(properties) {
                return new Line(properties);
            };

            /**
             * Encodes the specified Line message. Does not implicitly {@link google.v1.Line.verify|verify} messages.
             * @function encode
             * @memberof google.v1.Line
             * @static
             * @param {google.v1.Line.$Properties} message Line message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Line.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.functionId != null && $Object.hasOwnProperty.call(message, "functionId") && (typeof message.functionId === "object" ? message.functionId.low || message.functionId.high : message.functionId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.functionId);
                if (message.line != null && $Object.hasOwnProperty.call(message, "line") && (typeof message.line === "object" ? message.line.low || message.line.high : message.line !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.line);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Line message, length delimited. Does not implicitly {@link google.v1.Line.verify|verify} messages.
             * @function encodeDelimited
             * @memberof google.v1.Line
             * @static
             * @param {google.v1.Line.$Properties} message Line message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Line.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Line message from the specified reader or buffer.
             * @function decode
             * @memberof google.v1.Line
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.v1.Line & google.v1.Line.$Shape} Line
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Line.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.v1.Line();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.functionId = value;
                            else
                                delete message.functionId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.line = value;
                            else
                                delete message.line;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Line message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof google.v1.Line
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {google.v1.Line & google.v1.Line.$Shape} Line
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Line.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Line message.
             * @function verify
             * @memberof google.v1.Line
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Line.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.functionId != null && $Object.hasOwnProperty.call(message, "functionId"))
                    if (!$util.isInteger(message.functionId) && !(message.functionId && $util.isInteger(message.functionId.low) && $util.isInteger(message.functionId.high)))
                        return "functionId: integer|Long expected";
                if (message.line != null && $Object.hasOwnProperty.call(message, "line"))
                    if (!$util.isInteger(message.line) && !(message.line && $util.isInteger(message.line.low) && $util.isInteger(message.line.high)))
                        return "line: integer|Long expected";
                return null;
            };

            /**
             * Creates a Line message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.v1.Line
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.v1.Line} Line
             */
            Line.fromObject = function (object, _depth) {
                if (object instanceof $root.google.v1.Line)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.v1.Line: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.v1.Line();
                if (object.functionId != null)
                    if (typeof object.functionId === "object" ? object.functionId.low || object.functionId.high : $Number(object.functionId) !== 0)
                        if ($util.Long)
                            message.functionId = $util.Long.fromValue(object.functionId, true);
                        else if (typeof object.functionId === "string")
                            message.functionId = $parseInt(object.functionId, 10);
                        else if (typeof object.functionId === "number")
                            message.functionId = object.functionId;
                        else if (typeof object.functionId === "object")
                            message.functionId = new $util.LongBits(object.functionId.low >>> 0, object.functionId.high >>> 0).toNumber(true);
                if (object.line != null)
                    if (typeof object.line === "object" ? object.line.low || object.line.high : $Number(object.line) !== 0)
                        if ($util.Long)
                            message.line = $util.Long.fromValue(object.line, false);
                        else if (typeof object.line === "string")
                            message.line = $parseInt(object.line, 10);
                        else if (typeof object.line === "number")
                            message.line = object.line;
                        else if (typeof object.line === "object")
                            message.line = new $util.LongBits(object.line.low >>> 0, object.line.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a Line message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.v1.Line
             * @static
             * @param {google.v1.Line} message Line
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Line.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.functionId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.functionId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.line = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.line = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.functionId != null && $Object.hasOwnProperty.call(message, "functionId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.functionId = typeof message.functionId === "number" ? $BigInt(message.functionId) : $util.Long.fromBits(message.functionId.low >>> 0, message.functionId.high >>> 0, true).toBigInt();
                    else if (typeof message.functionId === "number")
                        object.functionId = options.longs === $String ? $String(message.functionId) : message.functionId;
                    else
                        object.functionId = options.longs === $String ? $util.Long.prototype.toString.call(message.functionId) : options.longs === $Number ? new $util.LongBits(message.functionId.low >>> 0, message.functionId.high >>> 0).toNumber(true) : message.functionId;
                if (message.line != null && $Object.hasOwnProperty.call(message, "line"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.line = typeof message.line === "number" ? $BigInt(message.line) : $util.Long.fromBits(message.line.low >>> 0, message.line.high >>> 0, false).toBigInt();
                    else if (typeof message.line === "number")
                        object.line = options.longs === $String ? $String(message.line) : message.line;
                    else
                        object.line = options.longs === $String ? $util.Long.prototype.toString.call(message.line) : options.longs === $Number ? new $util.LongBits(message.line.low >>> 0, message.line.high >>> 0).toNumber() : message.line;
                return object;
            };

            /**
             * Converts this Line to JSON.
             * @function toJSON
             * @memberof google.v1.Line
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Line.prototype.toJSON = function() {
                return Line.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Line
             * @function getTypeUrl
             * @memberof google.v1.Line
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Line.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.v1.Line";
            };

            return Line;
        })();

        v1.Function = (function() {

            /**
             * Properties of a Function.
             * @typedef {Object} google.v1.Function.$Properties
             * @property {number|null} [id] Function id
             * @property {number|null} [name] Function name
             * @property {number|null} [systemName] Function systemName
             * @property {number|null} [filename] Function filename
             * @property {number|null} [startLine] Function startLine
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Function.
             * @memberof google.v1
             * @interface IFunction
             * @augments google.v1.Function.$Properties
             * @deprecated Use google.v1.Function.$Properties instead.
             */

            /**
             * Shape of a Function.
             * @typedef {google.v1.Function.$Properties} google.v1.Function.$Shape
             */

            /**
             * Constructs a new Function.
             * @memberof google.v1
             * @classdesc Represents a Function.
             * @constructor
             * @param {google.v1.Function.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Function = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Function id.
             * @member {number} id
             * @memberof google.v1.Function
             * @instance
             */
            Function.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Function name.
             * @member {number} name
             * @memberof google.v1.Function
             * @instance
             */
            Function.prototype.name = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Function systemName.
             * @member {number} systemName
             * @memberof google.v1.Function
             * @instance
             */
            Function.prototype.systemName = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Function filename.
             * @member {number} filename
             * @memberof google.v1.Function
             * @instance
             */
            Function.prototype.filename = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Function startLine.
             * @member {number} startLine
             * @memberof google.v1.Function
             * @instance
             */
            Function.prototype.startLine = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new Function instance using the specified properties.
             * @function create
             * @memberof google.v1.Function
             * @static
             * @param {google.v1.Function.$Properties=} [properties] Properties to set
             * @returns {google.v1.Function} Function instance
             * @type {{
             *   (properties: google.v1.Function.$Shape): google.v1.Function & google.v1.Function.$Shape;
             *   (properties?: google.v1.Function.$Properties): google.v1.Function;
             * }}
             */
            Function.create = function(properties) {
                return new Function(properties);
            };

            /**
             * Encodes the specified Function message. Does not implicitly {@link google.v1.Function.verify|verify} messages.
             * @function encode
             * @memberof google.v1.Function
             * @static
             * @param {google.v1.Function.$Properties} message Function message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Function.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && (typeof message.name === "object" ? message.name.low || message.name.high : message.name !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.name);
                if (message.systemName != null && $Object.hasOwnProperty.call(message, "systemName") && (typeof message.systemName === "object" ? message.systemName.low || message.systemName.high : message.systemName !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.systemName);
                if (message.filename != null && $Object.hasOwnProperty.call(message, "filename") && (typeof message.filename === "object" ? message.filename.low || message.filename.high : message.filename !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.filename);
                if (message.startLine != null && $Object.hasOwnProperty.call(message, "startLine") && (typeof message.startLine === "object" ? message.startLine.low || message.startLine.high : message.startLine !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.startLine);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Function message, length delimited. Does not implicitly {@link google.v1.Function.verify|verify} messages.
             * @function encodeDelimited
             * @memberof google.v1.Function
             * @static
             * @param {google.v1.Function.$Properties} message Function message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Function.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Function message from the specified reader or buffer.
             * @function decode
             * @memberof google.v1.Function
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.v1.Function & google.v1.Function.$Shape} Function
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Function.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.v1.Function();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.systemName = value;
                            else
                                delete message.systemName;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.filename = value;
                            else
                                delete message.filename;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.startLine = value;
                            else
                                delete message.startLine;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Function message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof google.v1.Function
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {google.v1.Function & google.v1.Function.$Shape} Function
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Function.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Function message.
             * @function verify
             * @memberof google.v1.Function
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Function.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isInteger(message.id) && !(message.id && $util.isInteger(message.id.low) && $util.isInteger(message.id.high)))
                        return "id: integer|Long expected";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isInteger(message.name) && !(message.name && $util.isInteger(message.name.low) && $util.isInteger(message.name.high)))
                        return "name: integer|Long expected";
                if (message.systemName != null && $Object.hasOwnProperty.call(message, "systemName"))
                    if (!$util.isInteger(message.systemName) && !(message.systemName && $util.isInteger(message.systemName.low) && $util.isInteger(message.systemName.high)))
                        return "systemName: integer|Long expected";
                if (message.filename != null && $Object.hasOwnProperty.call(message, "filename"))
                    if (!$util.isInteger(message.filename) && !(message.filename && $util.isInteger(message.filename.low) && $util.isInteger(message.filename.high)))
                        return "filename: integer|Long expected";
                if (message.startLine != null && $Object.hasOwnProperty.call(message, "startLine"))
                    if (!$util.isInteger(message.startLine) && !(message.startLine && $util.isInteger(message.startLine.low) && $util.isInteger(message.startLine.high)))
                        return "startLine: integer|Long expected";
                return null;
            };

            /**
             * Creates a Function message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.v1.Function
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.v1.Function} Function
             */
            Function.fromObject = function (object, _depth) {
                if (object instanceof $root.google.v1.Function)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.v1.Function: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.v1.Function();
                if (object.id != null)
                    if (typeof object.id === "object" ? object.id.low || object.id.high : $Number(object.id) !== 0)
                        if ($util.Long)
                            message.id = $util.Long.fromValue(object.id, true);
                        else if (typeof object.id === "string")
                            message.id = $parseInt(object.id, 10);
                        else if (typeof object.id === "number")
                            message.id = object.id;
                        else if (typeof object.id === "object")
                            message.id = new $util.LongBits(object.id.low >>> 0, object.id.high >>> 0).toNumber(true);
                if (object.name != null)
                    if (typeof object.name === "object" ? object.name.low || object.name.high : $Number(object.name) !== 0)
                        if ($util.Long)
                            message.name = $util.Long.fromValue(object.name, false);
                        else if (typeof object.name === "string")
                            message.name = $parseInt(object.name, 10);
                        else if (typeof object.name === "number")
                            message.name = object.name;
                        else if (typeof object.name === "object")
                            message.name = new $util.LongBits(object.name.low >>> 0, object.name.high >>> 0).toNumber();
                if (object.systemName != null)
                    if (typeof object.systemName === "object" ? object.systemName.low || object.systemName.high : $Number(object.systemName) !== 0)
                        if ($util.Long)
                            message.systemName = $util.Long.fromValue(object.systemName, false);
                        else if (typeof object.systemName === "string")
                            message.systemName = $parseInt(object.systemName, 10);
                        else if (typeof object.systemName === "number")
                            message.systemName = object.systemName;
                        else if (typeof object.systemName === "object")
                            message.systemName = new $util.LongBits(object.systemName.low >>> 0, object.systemName.high >>> 0).toNumber();
                if (object.filename != null)
                    if (typeof object.filename === "object" ? object.filename.low || object.filename.high : $Number(object.filename) !== 0)
                        if ($util.Long)
                            message.filename = $util.Long.fromValue(object.filename, false);
                        else if (typeof object.filename === "string")
                            message.filename = $parseInt(object.filename, 10);
                        else if (typeof object.filename === "number")
                            message.filename = object.filename;
                        else if (typeof object.filename === "object")
                            message.filename = new $util.LongBits(object.filename.low >>> 0, object.filename.high >>> 0).toNumber();
                if (object.startLine != null)
                    if (typeof object.startLine === "object" ? object.startLine.low || object.startLine.high : $Number(object.startLine) !== 0)
                        if ($util.Long)
                            message.startLine = $util.Long.fromValue(object.startLine, false);
                        else if (typeof object.startLine === "string")
                            message.startLine = $parseInt(object.startLine, 10);
                        else if (typeof object.startLine === "number")
                            message.startLine = object.startLine;
                        else if (typeof object.startLine === "object")
                            message.startLine = new $util.LongBits(object.startLine.low >>> 0, object.startLine.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a Function message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.v1.Function
             * @static
             * @param {google.v1.Function} message Function
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Function.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.name = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.name = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.systemName = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.systemName = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.filename = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.filename = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.startLine = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startLine = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.id = typeof message.id === "number" ? $BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                    else if (typeof message.id === "number")
                        object.id = options.longs === $String ? $String(message.id) : message.id;
                    else
                        object.id = options.longs === $String ? $util.Long.prototype.toString.call(message.id) : options.longs === $Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.name = typeof message.name === "number" ? $BigInt(message.name) : $util.Long.fromBits(message.name.low >>> 0, message.name.high >>> 0, false).toBigInt();
                    else if (typeof message.name === "number")
                        object.name = options.longs === $String ? $String(message.name) : message.name;
                    else
                        object.name = options.longs === $String ? $util.Long.prototype.toString.call(message.name) : options.longs === $Number ? new $util.LongBits(message.name.low >>> 0, message.name.high >>> 0).toNumber() : message.name;
                if (message.systemName != null && $Object.hasOwnProperty.call(message, "systemName"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.systemName = typeof message.systemName === "number" ? $BigInt(message.systemName) : $util.Long.fromBits(message.systemName.low >>> 0, message.systemName.high >>> 0, false).toBigInt();
                    else if (typeof message.systemName === "number")
                        object.systemName = options.longs === $String ? $String(message.systemName) : message.systemName;
                    else
                        object.systemName = options.longs === $String ? $util.Long.prototype.toString.call(message.systemName) : options.longs === $Number ? new $util.LongBits(message.systemName.low >>> 0, message.systemName.high >>> 0).toNumber() : message.systemName;
                if (message.filename != null && $Object.hasOwnProperty.call(message, "filename"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.filename = typeof message.filename === "number" ? $BigInt(message.filename) : $util.Long.fromBits(message.filename.low >>> 0, message.filename.high >>> 0, false).toBigInt();
                    else if (typeof message.filename === "number")
                        object.filename = options.longs === $String ? $String(message.filename) : message.filename;
                    else
                        object.filename = options.longs === $String ? $util.Long.prototype.toString.call(message.filename) : options.longs === $Number ? new $util.LongBits(message.filename.low >>> 0, message.filename.high >>> 0).toNumber() : message.filename;
                if (message.startLine != null && $Object.hasOwnProperty.call(message, "startLine"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startLine = typeof message.startLine === "number" ? $BigInt(message.startLine) : $util.Long.fromBits(message.startLine.low >>> 0, message.startLine.high >>> 0, false).toBigInt();
                    else if (typeof message.startLine === "number")
                        object.startLine = options.longs === $String ? $String(message.startLine) : message.startLine;
                    else
                        object.startLine = options.longs === $String ? $util.Long.prototype.toString.call(message.startLine) : options.longs === $Number ? new $util.LongBits(message.startLine.low >>> 0, message.startLine.high >>> 0).toNumber() : message.startLine;
                return object;
            };

            /**
             * Converts this Function to JSON.
             * @function toJSON
             * @memberof google.v1.Function
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Function.prototype.toJSON = function() {
                return Function.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Function
             * @function getTypeUrl
             * @memberof google.v1.Function
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Function.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.v1.Function";
            };

            return Function;
        })();

        return v1;
    })();

    return google;
})();

export const push = $root.push = (() => {

    /**
     * Namespace push.
     * @exports push
     * @namespace
     */
    const push = {};

    push.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof push
         * @namespace
         */
        const v1 = {};

        v1.PusherService = (function() {

            /**
             * Constructs a new PusherService service.
             * @memberof push.v1
             * @classdesc Represents a PusherService
             * @extends $protobuf.rpc.Service
             * @constructor
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             */
            const PusherService = function(rpcImpl, requestDelimited, responseDelimited) {
                $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
            };

            $Object.defineProperty(PusherService.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: PusherService, writable: true, enumerable: false, configurable: true });

            /**
             * Creates new PusherService service using the specified rpc implementation.
             * @function create
             * @memberof push.v1.PusherService
             * @static
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             * @returns {PusherService} RPC service. Useful where requests and/or responses are streamed.
             */
            PusherService.create = function(rpcImpl, requestDelimited, responseDelimited) {
                return new this(rpcImpl, requestDelimited, responseDelimited);
            };

            /**
             * Callback as used by {@link push.v1.PusherService#push}.
             * @memberof push.v1.PusherService
             * @typedef PushCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {push.v1.PushResponse} [response] PushResponse
             */

            /**
             * Calls Push.
             * @memberof push.v1.PusherService
             * @typedef Push
             * @type {{
             *   (request: push.v1.IPushRequest, callback: push.v1.PusherService.PushCallback): void;
             *   (request: push.v1.IPushRequest): Promise<push.v1.PushResponse>;
             *   readonly name: "Push";
             *   readonly path: "/push.v1.PusherService/Push";
             *   readonly requestType: "PushRequest";
             *   readonly responseType: "PushResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls Push.
             * @name push.v1.PusherService#push
             * @type {push.v1.PusherService.Push}
             */
            $Object.defineProperties(PusherService.prototype.push = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, PusherService.prototype.push, $root.push.v1.PushRequest, $root.push.v1.PushResponse, request, callback);
            }, {
                name: { value: "Push" },
                path: { value: "/push.v1.PusherService/Push" },
                requestType: { value: "PushRequest" },
                responseType: { value: "PushResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            return PusherService;
        })();

        v1.PushRequest = (function() {

            /**
             * Properties of a PushRequest.
             * @typedef {Object} push.v1.PushRequest.$Properties
             * @property {Array.<push.v1.RawProfileSeries.$Properties>|null} [series] PushRequest series
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PushRequest.
             * @memberof push.v1
             * @interface IPushRequest
             * @augments push.v1.PushRequest.$Properties
             * @deprecated Use push.v1.PushRequest.$Properties instead.
             */

            /**
             * Shape of a PushRequest.
             * @typedef {push.v1.PushRequest.$Properties} push.v1.PushRequest.$Shape
             */

            /**
             * Constructs a new PushRequest.
             * @memberof push.v1
             * @classdesc Represents a PushRequest.
             * @constructor
             * @param {push.v1.PushRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PushRequest = function (properties) {
                this.series = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PushRequest series.
             * @member {Array.<push.v1.RawProfileSeries.$Properties>} series
             * @memberof push.v1.PushRequest
             * @instance
             */
            PushRequest.prototype.series = $util.emptyArray;

            /**
             * Creates a new PushRequest instance using the specified properties.
             * @function create
             * @memberof push.v1.PushRequest
             * @static
             * @param {push.v1.PushRequest.$Properties=} [properties] Properties to set
             * @returns {push.v1.PushRequest} PushRequest instance
             * @type {{
             *   (properties: push.v1.PushRequest.$Shape): push.v1.PushRequest & push.v1.PushRequest.$Shape;
             *   (properties?: push.v1.PushRequest.$Properties): push.v1.PushRequest;
             * }}
             */
            PushRequest.create = function(properties) {
                return new PushRequest(properties);
            };

            /**
             * Encodes the specified PushRequest message. Does not implicitly {@link push.v1.PushRequest.verify|verify} messages.
             * @function encode
             * @memberof push.v1.PushRequest
             * @static
             * @param {push.v1.PushRequest.$Properties} message PushRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PushRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.series != null && message.series.length)
                    for (let i = 0; i < message.series.length; ++i)
                        $root.push.v1.RawProfileSeries.encode(message.series[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified PushRequest message, length delimited. Does not implicitly {@link push.v1.PushRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof push.v1.PushRequest
             * @static
             * @param {push.v1.PushRequest.$Properties} message PushRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PushRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PushRequest message from the specified reader or buffer.
             * @function decode
             * @memberof push.v1.PushRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {push.v1.PushRequest & push.v1.PushRequest.$Shape} PushRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PushRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.push.v1.PushRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.series && message.series.length))
                                message.series = [];
                            message.series.push($root.push.v1.RawProfileSeries.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a PushRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof push.v1.PushRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {push.v1.PushRequest & push.v1.PushRequest.$Shape} PushRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PushRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PushRequest message.
             * @function verify
             * @memberof push.v1.PushRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PushRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.series != null && $Object.hasOwnProperty.call(message, "series")) {
                    if (!$Array.isArray(message.series))
                        return "series: array expected";
                    for (let i = 0; i < message.series.length; ++i) {
                        let error = $root.push.v1.RawProfileSeries.verify(message.series[i], _depth + 1);
                        if (error)
                            return "series." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a PushRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof push.v1.PushRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {push.v1.PushRequest} PushRequest
             */
            PushRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.push.v1.PushRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".push.v1.PushRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.push.v1.PushRequest();
                if (object.series) {
                    if (!$Array.isArray(object.series))
                        throw $TypeError(".push.v1.PushRequest.series: array expected");
                    message.series = $Array(object.series.length);
                    for (let i = 0; i < object.series.length; ++i) {
                        if (!$util.isObject(object.series[i]))
                            throw $TypeError(".push.v1.PushRequest.series: object expected");
                        message.series[i] = $root.push.v1.RawProfileSeries.fromObject(object.series[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a PushRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof push.v1.PushRequest
             * @static
             * @param {push.v1.PushRequest} message PushRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PushRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.series = [];
                if (message.series && message.series.length) {
                    object.series = $Array(message.series.length);
                    for (let j = 0; j < message.series.length; ++j)
                        object.series[j] = $root.push.v1.RawProfileSeries.toObject(message.series[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this PushRequest to JSON.
             * @function toJSON
             * @memberof push.v1.PushRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PushRequest.prototype.toJSON = function() {
                return PushRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PushRequest
             * @function getTypeUrl
             * @memberof push.v1.PushRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PushRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/push.v1.PushRequest";
            };

            return PushRequest;
        })();

        v1.PushResponse = (function() {

            /**
             * Properties of a PushResponse.
             * @typedef {Object} push.v1.PushResponse.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PushResponse.
             * @memberof push.v1
             * @interface IPushResponse
             * @augments push.v1.PushResponse.$Properties
             * @deprecated Use push.v1.PushResponse.$Properties instead.
             */

            /**
             * Shape of a PushResponse.
             * @typedef {push.v1.PushResponse.$Properties} push.v1.PushResponse.$Shape
             */

            /**
             * Constructs a new PushResponse.
             * @memberof push.v1
             * @classdesc Represents a PushResponse.
             * @constructor
             * @param {push.v1.PushResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PushResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new PushResponse instance using the specified properties.
             * @function create
             * @memberof push.v1.PushResponse
             * @static
             * @param {push.v1.PushResponse.$Properties=} [properties] Properties to set
             * @returns {push.v1.PushResponse} PushResponse instance
             * @type {{
             *   (properties: push.v1.PushResponse.$Shape): push.v1.PushResponse & push.v1.PushResponse.$Shape;
             *   (properties?: push.v1.PushResponse.$Properties): push.v1.PushResponse;
             * }}
             */
            PushResponse.create = function(properties) {
                return new PushResponse(properties);
            };

            /**
             * Encodes the specified PushResponse message. Does not implicitly {@link push.v1.PushResponse.verify|verify} messages.
             * @function encode
             * @memberof push.v1.PushResponse
             * @static
             * @param {push.v1.PushResponse.$Properties} message PushResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PushResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified PushResponse message, length delimited. Does not implicitly {@link push.v1.PushResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof push.v1.PushResponse
             * @static
             * @param {push.v1.PushResponse.$Properties} message PushResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PushResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PushResponse message from the specified reader or buffer.
             * @function decode
             * @memberof push.v1.PushResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {push.v1.PushResponse & push.v1.PushResponse.$Shape} PushResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PushResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.push.v1.PushResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a PushResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof push.v1.PushResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {push.v1.PushResponse & push.v1.PushResponse.$Shape} PushResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PushResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PushResponse message.
             * @function verify
             * @memberof push.v1.PushResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PushResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a PushResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof push.v1.PushResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {push.v1.PushResponse} PushResponse
             */
            PushResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.push.v1.PushResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".push.v1.PushResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.push.v1.PushResponse();
            };

            /**
             * Creates a plain object from a PushResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof push.v1.PushResponse
             * @static
             * @param {push.v1.PushResponse} message PushResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PushResponse.toObject = function () {
                return {};
            };

            /**
             * Converts this PushResponse to JSON.
             * @function toJSON
             * @memberof push.v1.PushResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PushResponse.prototype.toJSON = function() {
                return PushResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PushResponse
             * @function getTypeUrl
             * @memberof push.v1.PushResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PushResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/push.v1.PushResponse";
            };

            return PushResponse;
        })();

        v1.RawProfileSeries = (function() {

            /**
             * Properties of a RawProfileSeries.
             * @typedef {Object} push.v1.RawProfileSeries.$Properties
             * @property {Array.<types.v1.LabelPair.$Properties>|null} [labels] RawProfileSeries labels
             * @property {Array.<push.v1.RawSample.$Properties>|null} [samples] RawProfileSeries samples
             * @property {Array.<types.v1.ProfileAnnotation.$Properties>|null} [annotations] RawProfileSeries annotations
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RawProfileSeries.
             * @memberof push.v1
             * @interface IRawProfileSeries
             * @augments push.v1.RawProfileSeries.$Properties
             * @deprecated Use push.v1.RawProfileSeries.$Properties instead.
             */

            /**
             * Shape of a RawProfileSeries.
             * @typedef {push.v1.RawProfileSeries.$Properties} push.v1.RawProfileSeries.$Shape
             */

            /**
             * Constructs a new RawProfileSeries.
             * @memberof push.v1
             * @classdesc Represents a RawProfileSeries.
             * @constructor
             * @param {push.v1.RawProfileSeries.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RawProfileSeries = function (properties) {
                this.labels = [];
                this.samples = [];
                this.annotations = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RawProfileSeries labels.
             * @member {Array.<types.v1.LabelPair.$Properties>} labels
             * @memberof push.v1.RawProfileSeries
             * @instance
             */
            RawProfileSeries.prototype.labels = $util.emptyArray;

            /**
             * RawProfileSeries samples.
             * @member {Array.<push.v1.RawSample.$Properties>} samples
             * @memberof push.v1.RawProfileSeries
             * @instance
             */
            RawProfileSeries.prototype.samples = $util.emptyArray;

            /**
             * RawProfileSeries annotations.
             * @member {Array.<types.v1.ProfileAnnotation.$Properties>} annotations
             * @memberof push.v1.RawProfileSeries
             * @instance
             */
            RawProfileSeries.prototype.annotations = $util.emptyArray;

            /**
             * Creates a new RawProfileSeries instance using the specified properties.
             * @function create
             * @memberof push.v1.RawProfileSeries
             * @static
             * @param {push.v1.RawProfileSeries.$Properties=} [properties] Properties to set
             * @returns {push.v1.RawProfileSeries} RawProfileSeries instance
             * @type {{
             *   (properties: push.v1.RawProfileSeries.$Shape): push.v1.RawProfileSeries & push.v1.RawProfileSeries.$Shape;
             *   (properties?: push.v1.RawProfileSeries.$Properties): push.v1.RawProfileSeries;
             * }}
             */
            RawProfileSeries.create = function(properties) {
                return new RawProfileSeries(properties);
            };

            /**
             * Encodes the specified RawProfileSeries message. Does not implicitly {@link push.v1.RawProfileSeries.verify|verify} messages.
             * @function encode
             * @memberof push.v1.RawProfileSeries
             * @static
             * @param {push.v1.RawProfileSeries.$Properties} message RawProfileSeries message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RawProfileSeries.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.labels != null && message.labels.length)
                    for (let i = 0; i < message.labels.length; ++i)
                        $root.types.v1.LabelPair.encode(message.labels[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.samples != null && message.samples.length)
                    for (let i = 0; i < message.samples.length; ++i)
                        $root.push.v1.RawSample.encode(message.samples[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.annotations != null && message.annotations.length)
                    for (let i = 0; i < message.annotations.length; ++i)
                        $root.types.v1.ProfileAnnotation.encode(message.annotations[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified RawProfileSeries message, length delimited. Does not implicitly {@link push.v1.RawProfileSeries.verify|verify} messages.
             * @function encodeDelimited
             * @memberof push.v1.RawProfileSeries
             * @static
             * @param {push.v1.RawProfileSeries.$Properties} message RawProfileSeries message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RawProfileSeries.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RawProfileSeries message from the specified reader or buffer.
             * @function decode
             * @memberof push.v1.RawProfileSeries
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {push.v1.RawProfileSeries & push.v1.RawProfileSeries.$Shape} RawProfileSeries
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RawProfileSeries.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.push.v1.RawProfileSeries();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.labels && message.labels.length))
                                message.labels = [];
                            message.labels.push($root.types.v1.LabelPair.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.samples && message.samples.length))
                                message.samples = [];
                            message.samples.push($root.push.v1.RawSample.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.annotations && message.annotations.length))
                                message.annotations = [];
                            message.annotations.push($root.types.v1.ProfileAnnotation.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a RawProfileSeries message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof push.v1.RawProfileSeries
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {push.v1.RawProfileSeries & push.v1.RawProfileSeries.$Shape} RawProfileSeries
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RawProfileSeries.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a RawProfileSeries message.
             * @function verify
             * @memberof push.v1.RawProfileSeries
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RawProfileSeries.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels")) {
                    if (!$Array.isArray(message.labels))
                        return "labels: array expected";
                    for (let i = 0; i < message.labels.length; ++i) {
                        let error = $root.types.v1.LabelPair.verify(message.labels[i], _depth + 1);
                        if (error)
                            return "labels." + error;
                    }
                }
                if (message.samples != null && $Object.hasOwnProperty.call(message, "samples")) {
                    if (!$Array.isArray(message.samples))
                        return "samples: array expected";
                    for (let i = 0; i < message.samples.length; ++i) {
                        let error = $root.push.v1.RawSample.verify(message.samples[i], _depth + 1);
                        if (error)
                            return "samples." + error;
                    }
                }
                if (message.annotations != null && $Object.hasOwnProperty.call(message, "annotations")) {
                    if (!$Array.isArray(message.annotations))
                        return "annotations: array expected";
                    for (let i = 0; i < message.annotations.length; ++i) {
                        let error = $root.types.v1.ProfileAnnotation.verify(message.annotations[i], _depth + 1);
                        if (error)
                            return "annotations." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a RawProfileSeries message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof push.v1.RawProfileSeries
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {push.v1.RawProfileSeries} RawProfileSeries
             */
            RawProfileSeries.fromObject = function (object, _depth) {
                if (object instanceof $root.push.v1.RawProfileSeries)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".push.v1.RawProfileSeries: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.push.v1.RawProfileSeries();
                if (object.labels) {
                    if (!$Array.isArray(object.labels))
                        throw $TypeError(".push.v1.RawProfileSeries.labels: array expected");
                    message.labels = $Array(object.labels.length);
                    for (let i = 0; i < object.labels.length; ++i) {
                        if (!$util.isObject(object.labels[i]))
                            throw $TypeError(".push.v1.RawProfileSeries.labels: object expected");
                        message.labels[i] = $root.types.v1.LabelPair.fromObject(object.labels[i], _depth + 1);
                    }
                }
                if (object.samples) {
                    if (!$Array.isArray(object.samples))
                        throw $TypeError(".push.v1.RawProfileSeries.samples: array expected");
                    message.samples = $Array(object.samples.length);
                    for (let i = 0; i < object.samples.length; ++i) {
                        if (!$util.isObject(object.samples[i]))
                            throw $TypeError(".push.v1.RawProfileSeries.samples: object expected");
                        message.samples[i] = $root.push.v1.RawSample.fromObject(object.samples[i], _depth + 1);
                    }
                }
                if (object.annotations) {
                    if (!$Array.isArray(object.annotations))
                        throw $TypeError(".push.v1.RawProfileSeries.annotations: array expected");
                    message.annotations = $Array(object.annotations.length);
                    for (let i = 0; i < object.annotations.length; ++i) {
                        if (!$util.isObject(object.annotations[i]))
                            throw $TypeError(".push.v1.RawProfileSeries.annotations: object expected");
                        message.annotations[i] = $root.types.v1.ProfileAnnotation.fromObject(object.annotations[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a RawProfileSeries message. Also converts values to other types if specified.
             * @function toObject
             * @memberof push.v1.RawProfileSeries
             * @static
             * @param {push.v1.RawProfileSeries} message RawProfileSeries
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RawProfileSeries.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.labels = [];
                    object.samples = [];
                    object.annotations = [];
                }
                if (message.labels && message.labels.length) {
                    object.labels = $Array(message.labels.length);
                    for (let j = 0; j < message.labels.length; ++j)
                        object.labels[j] = $root.types.v1.LabelPair.toObject(message.labels[j], options, _depth + 1);
                }
                if (message.samples && message.samples.length) {
                    object.samples = $Array(message.samples.length);
                    for (let j = 0; j < message.samples.length; ++j)
                        object.samples[j] = $root.push.v1.RawSample.toObject(message.samples[j], options, _depth + 1);
                }
                if (message.annotations && message.annotations.length) {
                    object.annotations = $Array(message.annotations.length);
                    for (let j = 0; j < message.annotations.length; ++j)
                        object.annotations[j] = $root.types.v1.ProfileAnnotation.toObject(message.annotations[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this RawProfileSeries to JSON.
             * @function toJSON
             * @memberof push.v1.RawProfileSeries
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RawProfileSeries.prototype.toJSON = function() {
                return RawProfileSeries.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RawProfileSeries
             * @function getTypeUrl
             * @memberof push.v1.RawProfileSeries
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RawProfileSeries.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/push.v1.RawProfileSeries";
            };

            return RawProfileSeries;
        })();

        v1.RawSample = (function() {

            /**
             * Properties of a RawSample.
             * @typedef {Object} push.v1.RawSample.$Properties
             * @property {Uint8Array|null} [rawProfile] RawSample rawProfile
             * @property {string|null} [ID] RawSample ID
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RawSample.
             * @memberof push.v1
             * @interface IRawSample
             * @augments push.v1.RawSample.$Properties
             * @deprecated Use push.v1.RawSample.$Properties instead.
             */

            /**
             * Shape of a RawSample.
             * @typedef {push.v1.RawSample.$Properties} push.v1.RawSample.$Shape
             */

            /**
             * Constructs a new RawSample.
             * @memberof push.v1
             * @classdesc Represents a RawSample.
             * @constructor
             * @param {push.v1.RawSample.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RawSample = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RawSample rawProfile.
             * @member {Uint8Array} rawProfile
             * @memberof push.v1.RawSample
             * @instance
             */
            RawSample.prototype.rawProfile = $util.newBuffer([]);

            /**
             * RawSample ID.
             * @member {string} ID
             * @memberof push.v1.RawSample
             * @instance
             */
            RawSample.prototype.ID = "";

            /**
             * Creates a new RawSample instance using the specified properties.
             * @function create
             * @memberof push.v1.RawSample
             * @static
             * @param {push.v1.RawSample.$Properties=} [properties] Properties to set
             * @returns {push.v1.RawSample} RawSample instance
             * @type {{
             *   (properties: push.v1.RawSample.$Shape): push.v1.RawSample & push.v1.RawSample.$Shape;
             *   (properties?: push.v1.RawSample.$Properties): push.v1.RawSample;
             * }}
             */
            RawSample.create = function(properties) {
                return new RawSample(properties);
            };

            /**
             * Encodes the specified RawSample message. Does not implicitly {@link push.v1.RawSample.verify|verify} messages.
             * @function encode
             * @memberof push.v1.RawSample
             * @static
             * @param {push.v1.RawSample.$Properties} message RawSample message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RawSample.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.rawProfile != null && $Object.hasOwnProperty.call(message, "rawProfile") && message.rawProfile.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.rawProfile);
                if (message.ID != null && $Object.hasOwnProperty.call(message, "ID") && message.ID !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.ID);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified RawSample message, length delimited. Does not implicitly {@link push.v1.RawSample.verify|verify} messages.
             * @function encodeDelimited
             * @memberof push.v1.RawSample
             * @static
             * @param {push.v1.RawSample.$Properties} message RawSample message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RawSample.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RawSample message from the specified reader or buffer.
             * @function decode
             * @memberof push.v1.RawSample
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {push.v1.RawSample & push.v1.RawSample.$Shape} RawSample
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RawSample.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.push.v1.RawSample();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.rawProfile = value;
                            else
                                delete message.rawProfile;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ID = value;
                            else
                                delete message.ID;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a RawSample message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof push.v1.RawSample
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {push.v1.RawSample & push.v1.RawSample.$Shape} RawSample
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RawSample.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a RawSample message.
             * @function verify
             * @memberof push.v1.RawSample
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RawSample.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.rawProfile != null && $Object.hasOwnProperty.call(message, "rawProfile"))
                    if (!(message.rawProfile && typeof message.rawProfile.length === "number" || $util.isString(message.rawProfile)))
                        return "rawProfile: buffer expected";
                if (message.ID != null && $Object.hasOwnProperty.call(message, "ID"))
                    if (!$util.isString(message.ID))
                        return "ID: string expected";
                return null;
            };

            /**
             * Creates a RawSample message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof push.v1.RawSample
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {push.v1.RawSample} RawSample
             */
            RawSample.fromObject = function (object, _depth) {
                if (object instanceof $root.push.v1.RawSample)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".push.v1.RawSample: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.push.v1.RawSample();
                if (object.rawProfile != null)
                    if (object.rawProfile.length)
                        if (typeof object.rawProfile === "string")
                            $util.base64.decode(object.rawProfile, message.rawProfile = $util.newBuffer($util.base64.length(object.rawProfile)), 0);
                        else if (object.rawProfile.length >= 0)
                            message.rawProfile = object.rawProfile;
                if (object.ID != null)
                    if (typeof object.ID !== "string" || object.ID.length)
                        message.ID = $String(object.ID);
                return message;
            };

            /**
             * Creates a plain object from a RawSample message. Also converts values to other types if specified.
             * @function toObject
             * @memberof push.v1.RawSample
             * @static
             * @param {push.v1.RawSample} message RawSample
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RawSample.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.rawProfile = "";
                    else {
                        object.rawProfile = [];
                        if (options.bytes !== $Array)
                            object.rawProfile = $util.newBuffer(object.rawProfile);
                    }
                    object.ID = "";
                }
                if (message.rawProfile != null && $Object.hasOwnProperty.call(message, "rawProfile"))
                    object.rawProfile = options.bytes === $String ? $util.base64.encode(message.rawProfile, 0, message.rawProfile.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.rawProfile) : message.rawProfile;
                if (message.ID != null && $Object.hasOwnProperty.call(message, "ID"))
                    object.ID = message.ID;
                return object;
            };

            /**
             * Converts this RawSample to JSON.
             * @function toJSON
             * @memberof push.v1.RawSample
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RawSample.prototype.toJSON = function() {
                return RawSample.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RawSample
             * @function getTypeUrl
             * @memberof push.v1.RawSample
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RawSample.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/push.v1.RawSample";
            };

            return RawSample;
        })();

        return v1;
    })();

    return push;
})();

export const querier = $root.querier = (() => {

    /**
     * Namespace querier.
     * @exports querier
     * @namespace
     */
    const querier = {};

    querier.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof querier
         * @namespace
         */
        const v1 = {};

        v1.QuerierService = (function() {

            /**
             * Constructs a new QuerierService service.
             * @memberof querier.v1
             * @classdesc Represents a QuerierService
             * @extends $protobuf.rpc.Service
             * @constructor
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             */
            const QuerierService = function(rpcImpl, requestDelimited, responseDelimited) {
                $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
            };

            $Object.defineProperty(QuerierService.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: QuerierService, writable: true, enumerable: false, configurable: true });

            /**
             * Creates new QuerierService service using the specified rpc implementation.
             * @function create
             * @memberof querier.v1.QuerierService
             * @static
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             * @returns {QuerierService} RPC service. Useful where requests and/or responses are streamed.
             */
            QuerierService.create = function(rpcImpl, requestDelimited, responseDelimited) {
                return new this(rpcImpl, requestDelimited, responseDelimited);
            };

            /**
             * Callback as used by {@link querier.v1.QuerierService#profileTypes}.
             * @memberof querier.v1.QuerierService
             * @typedef ProfileTypesCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {querier.v1.ProfileTypesResponse} [response] ProfileTypesResponse
             */

            /**
             * Calls ProfileTypes.
             * @memberof querier.v1.QuerierService
             * @typedef ProfileTypes
             * @type {{
             *   (request: querier.v1.IProfileTypesRequest, callback: querier.v1.QuerierService.ProfileTypesCallback): void;
             *   (request: querier.v1.IProfileTypesRequest): Promise<querier.v1.ProfileTypesResponse>;
             *   readonly name: "ProfileTypes";
             *   readonly path: "/querier.v1.QuerierService/ProfileTypes";
             *   readonly requestType: "ProfileTypesRequest";
             *   readonly responseType: "ProfileTypesResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls ProfileTypes.
             * @name querier.v1.QuerierService#profileTypes
             * @type {querier.v1.QuerierService.ProfileTypes}
             */
            $Object.defineProperties(QuerierService.prototype.profileTypes = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, QuerierService.prototype.profileTypes, $root.querier.v1.ProfileTypesRequest, $root.querier.v1.ProfileTypesResponse, request, callback);
            }, {
                name: { value: "ProfileTypes" },
                path: { value: "/querier.v1.QuerierService/ProfileTypes" },
                requestType: { value: "ProfileTypesRequest" },
                responseType: { value: "ProfileTypesResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link querier.v1.QuerierService#labelValues}.
             * @memberof querier.v1.QuerierService
             * @typedef LabelValuesCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {types.v1.LabelValuesResponse} [response] LabelValuesResponse
             */

            /**
             * Calls LabelValues.
             * @memberof querier.v1.QuerierService
             * @typedef LabelValues
             * @type {{
             *   (request: types.v1.ILabelValuesRequest, callback: querier.v1.QuerierService.LabelValuesCallback): void;
             *   (request: types.v1.ILabelValuesRequest): Promise<types.v1.LabelValuesResponse>;
             *   readonly name: "LabelValues";
             *   readonly path: "/querier.v1.QuerierService/LabelValues";
             *   readonly requestType: "types.v1.LabelValuesRequest";
             *   readonly responseType: "types.v1.LabelValuesResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls LabelValues.
             * @name querier.v1.QuerierService#labelValues
             * @type {querier.v1.QuerierService.LabelValues}
             */
            $Object.defineProperties(QuerierService.prototype.labelValues = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, QuerierService.prototype.labelValues, $root.types.v1.LabelValuesRequest, $root.types.v1.LabelValuesResponse, request, callback);
            }, {
                name: { value: "LabelValues" },
                path: { value: "/querier.v1.QuerierService/LabelValues" },
                requestType: { value: "types.v1.LabelValuesRequest" },
                responseType: { value: "types.v1.LabelValuesResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link querier.v1.QuerierService#labelNames}.
             * @memberof querier.v1.QuerierService
             * @typedef LabelNamesCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {types.v1.LabelNamesResponse} [response] LabelNamesResponse
             */

            /**
             * Calls LabelNames.
             * @memberof querier.v1.QuerierService
             * @typedef LabelNames
             * @type {{
             *   (request: types.v1.ILabelNamesRequest, callback: querier.v1.QuerierService.LabelNamesCallback): void;
             *   (request: types.v1.ILabelNamesRequest): Promise<types.v1.LabelNamesResponse>;
             *   readonly name: "LabelNames";
             *   readonly path: "/querier.v1.QuerierService/LabelNames";
             *   readonly requestType: "types.v1.LabelNamesRequest";
             *   readonly responseType: "types.v1.LabelNamesResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls LabelNames.
             * @name querier.v1.QuerierService#labelNames
             * @type {querier.v1.QuerierService.LabelNames}
             */
            $Object.defineProperties(QuerierService.prototype.labelNames = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, QuerierService.prototype.labelNames, $root.types.v1.LabelNamesRequest, $root.types.v1.LabelNamesResponse, request, callback);
            }, {
                name: { value: "LabelNames" },
                path: { value: "/querier.v1.QuerierService/LabelNames" },
                requestType: { value: "types.v1.LabelNamesRequest" },
                responseType: { value: "types.v1.LabelNamesResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link querier.v1.QuerierService#series}.
             * @memberof querier.v1.QuerierService
             * @typedef SeriesCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {querier.v1.SeriesResponse} [response] SeriesResponse
             */

            /**
             * Calls Series.
             * @memberof querier.v1.QuerierService
             * @typedef Series
             * @type {{
             *   (request: querier.v1.ISeriesRequest, callback: querier.v1.QuerierService.SeriesCallback): void;
             *   (request: querier.v1.ISeriesRequest): Promise<querier.v1.SeriesResponse>;
             *   readonly name: "Series";
             *   readonly path: "/querier.v1.QuerierService/Series";
             *   readonly requestType: "SeriesRequest";
             *   readonly responseType: "SeriesResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls Series.
             * @name querier.v1.QuerierService#series
             * @type {querier.v1.QuerierService.Series}
             */
            $Object.defineProperties(QuerierService.prototype.series = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, QuerierService.prototype.series, $root.querier.v1.SeriesRequest, $root.querier.v1.SeriesResponse, request, callback);
            }, {
                name: { value: "Series" },
                path: { value: "/querier.v1.QuerierService/Series" },
                requestType: { value: "SeriesRequest" },
                responseType: { value: "SeriesResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link querier.v1.QuerierService#selectMergeStacktraces}.
             * @memberof querier.v1.QuerierService
             * @typedef SelectMergeStacktracesCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {querier.v1.SelectMergeStacktracesResponse} [response] SelectMergeStacktracesResponse
             */

            /**
             * Calls SelectMergeStacktraces.
             * @memberof querier.v1.QuerierService
             * @typedef SelectMergeStacktraces
             * @type {{
             *   (request: querier.v1.ISelectMergeStacktracesRequest, callback: querier.v1.QuerierService.SelectMergeStacktracesCallback): void;
             *   (request: querier.v1.ISelectMergeStacktracesRequest): Promise<querier.v1.SelectMergeStacktracesResponse>;
             *   readonly name: "SelectMergeStacktraces";
             *   readonly path: "/querier.v1.QuerierService/SelectMergeStacktraces";
             *   readonly requestType: "SelectMergeStacktracesRequest";
             *   readonly responseType: "SelectMergeStacktracesResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls SelectMergeStacktraces.
             * @name querier.v1.QuerierService#selectMergeStacktraces
             * @type {querier.v1.QuerierService.SelectMergeStacktraces}
             */
            $Object.defineProperties(QuerierService.prototype.selectMergeStacktraces = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, QuerierService.prototype.selectMergeStacktraces, $root.querier.v1.SelectMergeStacktracesRequest, $root.querier.v1.SelectMergeStacktracesResponse, request, callback);
            }, {
                name: { value: "SelectMergeStacktraces" },
                path: { value: "/querier.v1.QuerierService/SelectMergeStacktraces" },
                requestType: { value: "SelectMergeStacktracesRequest" },
                responseType: { value: "SelectMergeStacktracesResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link querier.v1.QuerierService#selectMergeSpanProfile}.
             * @memberof querier.v1.QuerierService
             * @typedef SelectMergeSpanProfileCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {querier.v1.SelectMergeSpanProfileResponse} [response] SelectMergeSpanProfileResponse
             */

            /**
             * Calls SelectMergeSpanProfile.
             * @memberof querier.v1.QuerierService
             * @typedef SelectMergeSpanProfile
             * @type {{
             *   (request: querier.v1.ISelectMergeSpanProfileRequest, callback: querier.v1.QuerierService.SelectMergeSpanProfileCallback): void;
             *   (request: querier.v1.ISelectMergeSpanProfileRequest): Promise<querier.v1.SelectMergeSpanProfileResponse>;
             *   readonly name: "SelectMergeSpanProfile";
             *   readonly path: "/querier.v1.QuerierService/SelectMergeSpanProfile";
             *   readonly requestType: "SelectMergeSpanProfileRequest";
             *   readonly responseType: "SelectMergeSpanProfileResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls SelectMergeSpanProfile.
             * @name querier.v1.QuerierService#selectMergeSpanProfile
             * @type {querier.v1.QuerierService.SelectMergeSpanProfile}
             */
            $Object.defineProperties(QuerierService.prototype.selectMergeSpanProfile = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, QuerierService.prototype.selectMergeSpanProfile, $root.querier.v1.SelectMergeSpanProfileRequest, $root.querier.v1.SelectMergeSpanProfileResponse, request, callback);
            }, {
                name: { value: "SelectMergeSpanProfile" },
                path: { value: "/querier.v1.QuerierService/SelectMergeSpanProfile" },
                requestType: { value: "SelectMergeSpanProfileRequest" },
                responseType: { value: "SelectMergeSpanProfileResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link querier.v1.QuerierService#selectMergeProfile}.
             * @memberof querier.v1.QuerierService
             * @typedef SelectMergeProfileCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {google.v1.Profile} [response] Profile
             */

            /**
             * Calls SelectMergeProfile.
             * @memberof querier.v1.QuerierService
             * @typedef SelectMergeProfile
             * @type {{
             *   (request: querier.v1.ISelectMergeProfileRequest, callback: querier.v1.QuerierService.SelectMergeProfileCallback): void;
             *   (request: querier.v1.ISelectMergeProfileRequest): Promise<google.v1.Profile>;
             *   readonly name: "SelectMergeProfile";
             *   readonly path: "/querier.v1.QuerierService/SelectMergeProfile";
             *   readonly requestType: "SelectMergeProfileRequest";
             *   readonly responseType: "google.v1.Profile";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls SelectMergeProfile.
             * @name querier.v1.QuerierService#selectMergeProfile
             * @type {querier.v1.QuerierService.SelectMergeProfile}
             */
            $Object.defineProperties(QuerierService.prototype.selectMergeProfile = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, QuerierService.prototype.selectMergeProfile, $root.querier.v1.SelectMergeProfileRequest, $root.google.v1.Profile, request, callback);
            }, {
                name: { value: "SelectMergeProfile" },
                path: { value: "/querier.v1.QuerierService/SelectMergeProfile" },
                requestType: { value: "SelectMergeProfileRequest" },
                responseType: { value: "google.v1.Profile" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link querier.v1.QuerierService#selectSeries}.
             * @memberof querier.v1.QuerierService
             * @typedef SelectSeriesCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {querier.v1.SelectSeriesResponse} [response] SelectSeriesResponse
             */

            /**
             * Calls SelectSeries.
             * @memberof querier.v1.QuerierService
             * @typedef SelectSeries
             * @type {{
             *   (request: querier.v1.ISelectSeriesRequest, callback: querier.v1.QuerierService.SelectSeriesCallback): void;
             *   (request: querier.v1.ISelectSeriesRequest): Promise<querier.v1.SelectSeriesResponse>;
             *   readonly name: "SelectSeries";
             *   readonly path: "/querier.v1.QuerierService/SelectSeries";
             *   readonly requestType: "SelectSeriesRequest";
             *   readonly responseType: "SelectSeriesResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls SelectSeries.
             * @name querier.v1.QuerierService#selectSeries
             * @type {querier.v1.QuerierService.SelectSeries}
             */
            $Object.defineProperties(QuerierService.prototype.selectSeries = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, QuerierService.prototype.selectSeries, $root.querier.v1.SelectSeriesRequest, $root.querier.v1.SelectSeriesResponse, request, callback);
            }, {
                name: { value: "SelectSeries" },
                path: { value: "/querier.v1.QuerierService/SelectSeries" },
                requestType: { value: "SelectSeriesRequest" },
                responseType: { value: "SelectSeriesResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            return QuerierService;
        })();

        v1.ProfileTypesRequest = (function() {

            /**
             * Properties of a ProfileTypesRequest.
             * @typedef {Object} querier.v1.ProfileTypesRequest.$Properties
             * @property {number|null} [start] ProfileTypesRequest start
             * @property {number|null} [end] ProfileTypesRequest end
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProfileTypesRequest.
             * @memberof querier.v1
             * @interface IProfileTypesRequest
             * @augments querier.v1.ProfileTypesRequest.$Properties
             * @deprecated Use querier.v1.ProfileTypesRequest.$Properties instead.
             */

            /**
             * Shape of a ProfileTypesRequest.
             * @typedef {querier.v1.ProfileTypesRequest.$Properties} querier.v1.ProfileTypesRequest.$Shape
             */

            /**
             * Constructs a new ProfileTypesRequest.
             * @memberof querier.v1
             * @classdesc Represents a ProfileTypesRequest.
             * @constructor
             * @param {querier.v1.ProfileTypesRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ProfileTypesRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ProfileTypesRequest start.
             * @member {number} start
             * @memberof querier.v1.ProfileTypesRequest
             * @instance
             */
            ProfileTypesRequest.prototype.start = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ProfileTypesRequest end.
             * @member {number} end
             * @memberof querier.v1.ProfileTypesRequest
             * @instance
             */
            ProfileTypesRequest.prototype.end = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new ProfileTypesRequest instance using the specified properties.
             * @function create
             * @memberof querier.v1.ProfileTypesRequest
             * @static
             * @param {querier.v1.ProfileTypesRequest.$Properties=} [properties] Properties to set
             * @returns {querier.v1.ProfileTypesRequest} ProfileTypesRequest instance
             * @type {{
             *   (properties: querier.v1.ProfileTypesRequest.$Shape): querier.v1.ProfileTypesRequest & querier.v1.ProfileTypesRequest.$Shape;
             *   (properties?: querier.v1.ProfileTypesRequest.$Properties): querier.v1.ProfileTypesRequest;
             * }}
             */
            ProfileTypesRequest.create = function(properties) {
                return new ProfileTypesRequest(properties);
            };

            /**
             * Encodes the specified ProfileTypesRequest message. Does not implicitly {@link querier.v1.ProfileTypesRequest.verify|verify} messages.
             * @function encode
             * @memberof querier.v1.ProfileTypesRequest
             * @static
             * @param {querier.v1.ProfileTypesRequest.$Properties} message ProfileTypesRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProfileTypesRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.start != null && $Object.hasOwnProperty.call(message, "start") && (typeof message.start === "object" ? message.start.low || message.start.high : message.start !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.start);
                if (message.end != null && $Object.hasOwnProperty.call(message, "end") && (typeof message.end === "object" ? message.end.low || message.end.high : message.end !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.end);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ProfileTypesRequest message, length delimited. Does not implicitly {@link querier.v1.ProfileTypesRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof querier.v1.ProfileTypesRequest
             * @static
             * @param {querier.v1.ProfileTypesRequest.$Properties} message ProfileTypesRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProfileTypesRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ProfileTypesRequest message from the specified reader or buffer.
             * @function decode
             * @memberof querier.v1.ProfileTypesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {querier.v1.ProfileTypesRequest & querier.v1.ProfileTypesRequest.$Shape} ProfileTypesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProfileTypesRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.querier.v1.ProfileTypesRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.start = value;
                            else
                                delete message.start;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.end = value;
                            else
                                delete message.end;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ProfileTypesRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof querier.v1.ProfileTypesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {querier.v1.ProfileTypesRequest & querier.v1.ProfileTypesRequest.$Shape} ProfileTypesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProfileTypesRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ProfileTypesRequest message.
             * @function verify
             * @memberof querier.v1.ProfileTypesRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ProfileTypesRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                    if (!$util.isInteger(message.start) && !(message.start && $util.isInteger(message.start.low) && $util.isInteger(message.start.high)))
                        return "start: integer|Long expected";
                if (message.end != null && $Object.hasOwnProperty.call(message, "end"))
                    if (!$util.isInteger(message.end) && !(message.end && $util.isInteger(message.end.low) && $util.isInteger(message.end.high)))
                        return "end: integer|Long expected";
                return null;
            };

            /**
             * Creates a ProfileTypesRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof querier.v1.ProfileTypesRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {querier.v1.ProfileTypesRequest} ProfileTypesRequest
             */
            ProfileTypesRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.querier.v1.ProfileTypesRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".querier.v1.ProfileTypesRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.querier.v1.ProfileTypesRequest();
                if (object.start != null)
                    if (typeof object.start === "object" ? object.start.low || object.start.high : $Number(object.start) !== 0)
                        if ($util.Long)
                            message.start = $util.Long.fromValue(object.start, false);
                        else if (typeof object.start === "string")
                            message.start = $parseInt(object.start, 10);
                        else if (typeof object.start === "number")
                            message.start = object.start;
                        else if (typeof object.start === "object")
                            message.start = new $util.LongBits(object.start.low >>> 0, object.start.high >>> 0).toNumber();
                if (object.end != null)
                    if (typeof object.end === "object" ? object.end.low || object.end.high : $Number(object.end) !== 0)
                        if ($util.Long)
                            message.end = $util.Long.fromValue(object.end, false);
                        else if (typeof object.end === "string")
                            message.end = $parseInt(object.end, 10);
                        else if (typeof object.end === "number")
                            message.end = object.end;
                        else if (typeof object.end === "object")
                            message.end = new $util.LongBits(object.end.low >>> 0, object.end.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a ProfileTypesRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof querier.v1.ProfileTypesRequest
             * @static
             * @param {querier.v1.ProfileTypesRequest} message ProfileTypesRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ProfileTypesRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.start = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.start = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.end = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.end = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.start = typeof message.start === "number" ? $BigInt(message.start) : $util.Long.fromBits(message.start.low >>> 0, message.start.high >>> 0, false).toBigInt();
                    else if (typeof message.start === "number")
                        object.start = options.longs === $String ? $String(message.start) : message.start;
                    else
                        object.start = options.longs === $String ? $util.Long.prototype.toString.call(message.start) : options.longs === $Number ? new $util.LongBits(message.start.low >>> 0, message.start.high >>> 0).toNumber() : message.start;
                if (message.end != null && $Object.hasOwnProperty.call(message, "end"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.end = typeof message.end === "number" ? $BigInt(message.end) : $util.Long.fromBits(message.end.low >>> 0, message.end.high >>> 0, false).toBigInt();
                    else if (typeof message.end === "number")
                        object.end = options.longs === $String ? $String(message.end) : message.end;
                    else
                        object.end = options.longs === $String ? $util.Long.prototype.toString.call(message.end) : options.longs === $Number ? new $util.LongBits(message.end.low >>> 0, message.end.high >>> 0).toNumber() : message.end;
                return object;
            };

            /**
             * Converts this ProfileTypesRequest to JSON.
             * @function toJSON
             * @memberof querier.v1.ProfileTypesRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ProfileTypesRequest.prototype.toJSON = function() {
                return ProfileTypesRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ProfileTypesRequest
             * @function getTypeUrl
             * @memberof querier.v1.ProfileTypesRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ProfileTypesRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/querier.v1.ProfileTypesRequest";
            };

            return ProfileTypesRequest;
        })();

        v1.ProfileTypesResponse = (function() {

            /**
             * Properties of a ProfileTypesResponse.
             * @typedef {Object} querier.v1.ProfileTypesResponse.$Properties
             * @property {Array.<types.v1.ProfileType.$Properties>|null} [profileTypes] ProfileTypesResponse profileTypes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProfileTypesResponse.
             * @memberof querier.v1
             * @interface IProfileTypesResponse
             * @augments querier.v1.ProfileTypesResponse.$Properties
             * @deprecated Use querier.v1.ProfileTypesResponse.$Properties instead.
             */

            /**
             * Shape of a ProfileTypesResponse.
             * @typedef {querier.v1.ProfileTypesResponse.$Properties} querier.v1.ProfileTypesResponse.$Shape
             */

            /**
             * Constructs a new ProfileTypesResponse.
             * @memberof querier.v1
             * @classdesc Represents a ProfileTypesResponse.
             * @constructor
             * @param {querier.v1.ProfileTypesResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ProfileTypesResponse = function (properties) {
                this.profileTypes = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ProfileTypesResponse profileTypes.
             * @member {Array.<types.v1.ProfileType.$Properties>} profileTypes
             * @memberof querier.v1.ProfileTypesResponse
             * @instance
             */
            ProfileTypesResponse.prototype.profileTypes = $util.emptyArray;

            /**
             * Creates a new ProfileTypesResponse instance using the specified properties.
             * @function create
             * @memberof querier.v1.ProfileTypesResponse
             * @static
             * @param {querier.v1.ProfileTypesResponse.$Properties=} [properties] Properties to set
             * @returns {querier.v1.ProfileTypesResponse} ProfileTypesResponse instance
             * @type {{
             *   (properties: querier.v1.ProfileTypesResponse.$Shape): querier.v1.ProfileTypesResponse & querier.v1.ProfileTypesResponse.$Shape;
             *   (properties?: querier.v1.ProfileTypesResponse.$Properties): querier.v1.ProfileTypesResponse;
             * }}
             */
            ProfileTypesResponse.create = function(properties) {
                return new ProfileTypesResponse(properties);
            };

            /**
             * Encodes the specified ProfileTypesResponse message. Does not implicitly {@link querier.v1.ProfileTypesResponse.verify|verify} messages.
             * @function encode
             * @memberof querier.v1.ProfileTypesResponse
             * @static
             * @param {querier.v1.ProfileTypesResponse.$Properties} message ProfileTypesResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProfileTypesResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.profileTypes != null && message.profileTypes.length)
                    for (let i = 0; i < message.profileTypes.length; ++i)
                        $root.types.v1.ProfileType.encode(message.profileTypes[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ProfileTypesResponse message, length delimited. Does not implicitly {@link querier.v1.ProfileTypesResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof querier.v1.ProfileTypesResponse
             * @static
             * @param {querier.v1.ProfileTypesResponse.$Properties} message ProfileTypesResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProfileTypesResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ProfileTypesResponse message from the specified reader or buffer.
             * @function decode
             * @memberof querier.v1.ProfileTypesResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {querier.v1.ProfileTypesResponse & querier.v1.ProfileTypesResponse.$Shape} ProfileTypesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProfileTypesResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.querier.v1.ProfileTypesResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.profileTypes && message.profileTypes.length))
                                message.profileTypes = [];
                            message.profileTypes.push($root.types.v1.ProfileType.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ProfileTypesResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof querier.v1.ProfileTypesResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {querier.v1.ProfileTypesResponse & querier.v1.ProfileTypesResponse.$Shape} ProfileTypesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProfileTypesResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ProfileTypesResponse message.
             * @function verify
             * @memberof querier.v1.ProfileTypesResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ProfileTypesResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.profileTypes != null && $Object.hasOwnProperty.call(message, "profileTypes")) {
                    if (!$Array.isArray(message.profileTypes))
                        return "profileTypes: array expected";
                    for (let i = 0; i < message.profileTypes.length; ++i) {
                        let error = $root.types.v1.ProfileType.verify(message.profileTypes[i], _depth + 1);
                        if (error)
                            return "profileTypes." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a ProfileTypesResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof querier.v1.ProfileTypesResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {querier.v1.ProfileTypesResponse} ProfileTypesResponse
             */
            ProfileTypesResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.querier.v1.ProfileTypesResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".querier.v1.ProfileTypesResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.querier.v1.ProfileTypesResponse();
                if (object.profileTypes) {
                    if (!$Array.isArray(object.profileTypes))
                        throw $TypeError(".querier.v1.ProfileTypesResponse.profileTypes: array expected");
                    message.profileTypes = $Array(object.profileTypes.length);
                    for (let i = 0; i < object.profileTypes.length; ++i) {
                        if (!$util.isObject(object.profileTypes[i]))
                            throw $TypeError(".querier.v1.ProfileTypesResponse.profileTypes: object expected");
                        message.profileTypes[i] = $root.types.v1.ProfileType.fromObject(object.profileTypes[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a ProfileTypesResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof querier.v1.ProfileTypesResponse
             * @static
             * @param {querier.v1.ProfileTypesResponse} message ProfileTypesResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ProfileTypesResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.profileTypes = [];
                if (message.profileTypes && message.profileTypes.length) {
                    object.profileTypes = $Array(message.profileTypes.length);
                    for (let j = 0; j < message.profileTypes.length; ++j)
                        object.profileTypes[j] = $root.types.v1.ProfileType.toObject(message.profileTypes[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this ProfileTypesResponse to JSON.
             * @function toJSON
             * @memberof querier.v1.ProfileTypesResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ProfileTypesResponse.prototype.toJSON = function() {
                return ProfileTypesResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ProfileTypesResponse
             * @function getTypeUrl
             * @memberof querier.v1.ProfileTypesResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ProfileTypesResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/querier.v1.ProfileTypesResponse";
            };

            return ProfileTypesResponse;
        })();

        v1.SeriesRequest = (function() {

            /**
             * Properties of a SeriesRequest.
             * @typedef {Object} querier.v1.SeriesRequest.$Properties
             * @property {Array.<string>|null} [matchers] SeriesRequest matchers
             * @property {Array.<string>|null} [labelNames] SeriesRequest labelNames
             * @property {number|null} [start] SeriesRequest start
             * @property {number|null} [end] SeriesRequest end
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SeriesRequest.
             * @memberof querier.v1
             * @interface ISeriesRequest
             * @augments querier.v1.SeriesRequest.$Properties
             * @deprecated Use querier.v1.SeriesRequest.$Properties instead.
             */

            /**
             * Shape of a SeriesRequest.
             * @typedef {querier.v1.SeriesRequest.$Properties} querier.v1.SeriesRequest.$Shape
             */

            /**
             * Constructs a new SeriesRequest.
             * @memberof querier.v1
             * @classdesc Represents a SeriesRequest.
             * @constructor
             * @param {querier.v1.SeriesRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SeriesRequest = function (properties) {
                this.matchers = [];
                this.labelNames = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SeriesRequest matchers.
             * @member {Array.<string>} matchers
             * @memberof querier.v1.SeriesRequest
             * @instance
             */
            SeriesRequest.prototype.matchers = $util.emptyArray;

            /**
             * SeriesRequest labelNames.
             * @member {Array.<string>} labelNames
             * @memberof querier.v1.SeriesRequest
             * @instance
             */
            SeriesRequest.prototype.labelNames = $util.emptyArray;

            /**
             * SeriesRequest start.
             * @member {number} start
             * @memberof querier.v1.SeriesRequest
             * @instance
             */
            SeriesRequest.prototype.start = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SeriesRequest end.
             * @member {number} end
             * @memberof querier.v1.SeriesRequest
             * @instance
             */
            SeriesRequest.prototype.end = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new SeriesRequest instance using the specified properties.
             * @function create
             * @memberof querier.v1.SeriesRequest
             * @static
             * @param {querier.v1.SeriesRequest.$Properties=} [properties] Properties to set
             * @returns {querier.v1.SeriesRequest} SeriesRequest instance
             * @type {{
             *   (properties: querier.v1.SeriesRequest.$Shape): querier.v1.SeriesRequest & querier.v1.SeriesRequest.$Shape;
             *   (properties?: querier.v1.SeriesRequest.$Properties): querier.v1.SeriesRequest;
             * }}
             */
            SeriesRequest.create = function(properties) {
                return new SeriesRequest(properties);
            };

            /**
             * Encodes the specified SeriesRequest message. Does not implicitly {@link querier.v1.SeriesRequest.verify|verify} messages.
             * @function encode
             * @memberof querier.v1.SeriesRequest
             * @static
             * @param {querier.v1.SeriesRequest.$Properties} message SeriesRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SeriesRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.matchers != null && message.matchers.length)
                    for (let i = 0; i < message.matchers.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.matchers[i]);
                if (message.labelNames != null && message.labelNames.length)
                    for (let i = 0; i < message.labelNames.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.labelNames[i]);
                if (message.start != null && $Object.hasOwnProperty.call(message, "start") && (typeof message.start === "object" ? message.start.low || message.start.high : message.start !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.start);
                if (message.end != null && $Object.hasOwnProperty.call(message, "end") && (typeof message.end === "object" ? message.end.low || message.end.high : message.end !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.end);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SeriesRequest message, length delimited. Does not implicitly {@link querier.v1.SeriesRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof querier.v1.SeriesRequest
             * @static
             * @param {querier.v1.SeriesRequest.$Properties} message SeriesRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SeriesRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SeriesRequest message from the specified reader or buffer.
             * @function decode
             * @memberof querier.v1.SeriesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {querier.v1.SeriesRequest & querier.v1.SeriesRequest.$Shape} SeriesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SeriesRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.querier.v1.SeriesRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.matchers && message.matchers.length))
                                message.matchers = [];
                            message.matchers.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.labelNames && message.labelNames.length))
                                message.labelNames = [];
                            message.labelNames.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.start = value;
                            else
                                delete message.start;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.end = value;
                            else
                                delete message.end;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a SeriesRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof querier.v1.SeriesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {querier.v1.SeriesRequest & querier.v1.SeriesRequest.$Shape} SeriesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SeriesRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SeriesRequest message.
             * @function verify
             * @memberof querier.v1.SeriesRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SeriesRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.matchers != null && $Object.hasOwnProperty.call(message, "matchers")) {
                    if (!$Array.isArray(message.matchers))
                        return "matchers: array expected";
                    for (let i = 0; i < message.matchers.length; ++i)
                        if (!$util.isString(message.matchers[i]))
                            return "matchers: string[] expected";
                }
                if (message.labelNames != null && $Object.hasOwnProperty.call(message, "labelNames")) {
                    if (!$Array.isArray(message.labelNames))
                        return "labelNames: array expected";
                    for (let i = 0; i < message.labelNames.length; ++i)
                        if (!$util.isString(message.labelNames[i]))
                            return "labelNames: string[] expected";
                }
                if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                    if (!$util.isInteger(message.start) && !(message.start && $util.isInteger(message.start.low) && $util.isInteger(message.start.high)))
                        return "start: integer|Long expected";
                if (message.end != null && $Object.hasOwnProperty.call(message, "end"))
                    if (!$util.isInteger(message.end) && !(message.end && $util.isInteger(message.end.low) && $util.isInteger(message.end.high)))
                        return "end: integer|Long expected";
                return null;
            };

            /**
             * Creates a SeriesRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof querier.v1.SeriesRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {querier.v1.SeriesRequest} SeriesRequest
             */
            SeriesRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.querier.v1.SeriesRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".querier.v1.SeriesRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.querier.v1.SeriesRequest();
                if (object.matchers) {
                    if (!$Array.isArray(object.matchers))
                        throw $TypeError(".querier.v1.SeriesRequest.matchers: array expected");
                    message.matchers = $Array(object.matchers.length);
                    for (let i = 0; i < object.matchers.length; ++i)
                        message.matchers[i] = $String(object.matchers[i]);
                }
                if (object.labelNames) {
                    if (!$Array.isArray(object.labelNames))
                        throw $TypeError(".querier.v1.SeriesRequest.labelNames: array expected");
                    message.labelNames = $Array(object.labelNames.length);
                    for (let i = 0; i < object.labelNames.length; ++i)
                        message.labelNames[i] = $String(object.labelNames[i]);
                }
                if (object.start != null)
                    if (typeof object.start === "object" ? object.start.low || object.start.high : $Number(object.start) !== 0)
                        if ($util.Long)
                            message.start = $util.Long.fromValue(object.start, false);
                        else if (typeof object.start === "string")
                            message.start = $parseInt(object.start, 10);
                        else if (typeof object.start === "number")
                            message.start = object.start;
                        else if (typeof object.start === "object")
                            message.start = new $util.LongBits(object.start.low >>> 0, object.start.high >>> 0).toNumber();
                if (object.end != null)
                    if (typeof object.end === "object" ? object.end.low || object.end.high : $Number(object.end) !== 0)
                        if ($util.Long)
                            message.end = $util.Long.fromValue(object.end, false);
                        else if (typeof object.end === "string")
                            message.end = $parseInt(object.end, 10);
                        else if (typeof object.end === "number")
                            message.end = object.end;
                        else if (typeof object.end === "object")
                            message.end = new $util.LongBits(object.end.low >>> 0, object.end.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a SeriesRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof querier.v1.SeriesRequest
             * @static
             * @param {querier.v1.SeriesRequest} message SeriesRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SeriesRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.matchers = [];
                    object.labelNames = [];
                }
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.start = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.start = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.end = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.end = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.matchers && message.matchers.length) {
                    object.matchers = $Array(message.matchers.length);
                    for (let j = 0; j < message.matchers.length; ++j)
                        object.matchers[j] = message.matchers[j];
                }
                if (message.labelNames && message.labelNames.length) {
                    object.labelNames = $Array(message.labelNames.length);
                    for (let j = 0; j < message.labelNames.length; ++j)
                        object.labelNames[j] = message.labelNames[j];
                }
                if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.start = typeof message.start === "number" ? $BigInt(message.start) : $util.Long.fromBits(message.start.low >>> 0, message.start.high >>> 0, false).toBigInt();
                    else if (typeof message.start === "number")
                        object.start = options.longs === $String ? $String(message.start) : message.start;
                    else
                        object.start = options.longs === $String ? $util.Long.prototype.toString.call(message.start) : options.longs === $Number ? new $util.LongBits(message.start.low >>> 0, message.start.high >>> 0).toNumber() : message.start;
                if (message.end != null && $Object.hasOwnProperty.call(message, "end"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.end = typeof message.end === "number" ? $BigInt(message.end) : $util.Long.fromBits(message.end.low >>> 0, message.end.high >>> 0, false).toBigInt();
                    else if (typeof message.end === "number")
                        object.end = options.longs === $String ? $String(message.end) : message.end;
                    else
                        object.end = options.longs === $String ? $util.Long.prototype.toString.call(message.end) : options.longs === $Number ? new $util.LongBits(message.end.low >>> 0, message.end.high >>> 0).toNumber() : message.end;
                return object;
            };

            /**
             * Converts this SeriesRequest to JSON.
             * @function toJSON
             * @memberof querier.v1.SeriesRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SeriesRequest.prototype.toJSON = function() {
                return SeriesRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SeriesRequest
             * @function getTypeUrl
             * @memberof querier.v1.SeriesRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SeriesRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/querier.v1.SeriesRequest";
            };

            return SeriesRequest;
        })();

        v1.SeriesResponse = (function() {

            /**
             * Properties of a SeriesResponse.
             * @typedef {Object} querier.v1.SeriesResponse.$Properties
             * @property {Array.<types.v1.Labels.$Properties>|null} [labelsSet] SeriesResponse labelsSet
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SeriesResponse.
             * @memberof querier.v1
             * @interface ISeriesResponse
             * @augments querier.v1.SeriesResponse.$Properties
             * @deprecated Use querier.v1.SeriesResponse.$Properties instead.
             */

            /**
             * Shape of a SeriesResponse.
             * @typedef {querier.v1.SeriesResponse.$Properties} querier.v1.SeriesResponse.$Shape
             */

            /**
             * Constructs a new SeriesResponse.
             * @memberof querier.v1
             * @classdesc Represents a SeriesResponse.
             * @constructor
             * @param {querier.v1.SeriesResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SeriesResponse = function (properties) {
                this.labelsSet = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SeriesResponse labelsSet.
             * @member {Array.<types.v1.Labels.$Properties>} labelsSet
             * @memberof querier.v1.SeriesResponse
             * @instance
             */
            SeriesResponse.prototype.labelsSet = $util.emptyArray;

            /**
             * Creates a new SeriesResponse instance using the specified properties.
             * @function create
             * @memberof querier.v1.SeriesResponse
             * @static
             * @param {querier.v1.SeriesResponse.$Properties=} [properties] Properties to set
             * @returns {querier.v1.SeriesResponse} SeriesResponse instance
             * @type {{
             *   (properties: querier.v1.SeriesResponse.$Shape): querier.v1.SeriesResponse & querier.v1.SeriesResponse.$Shape;
             *   (properties?: querier.v1.SeriesResponse.$Properties): querier.v1.SeriesResponse;
             * }}
             */
            SeriesResponse.create = function(properties) {
                return new SeriesResponse(properties);
            };

            /**
             * Encodes the specified SeriesResponse message. Does not implicitly {@link querier.v1.SeriesResponse.verify|verify} messages.
             * @function encode
             * @memberof querier.v1.SeriesResponse
             * @static
             * @param {querier.v1.SeriesResponse.$Properties} message SeriesResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SeriesResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.labelsSet != null && message.labelsSet.length)
                    for (let i = 0; i < message.labelsSet.length; ++i)
                        $root.types.v1.Labels.encode(message.labelsSet[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SeriesResponse message, length delimited. Does not implicitly {@link querier.v1.SeriesResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof querier.v1.SeriesResponse
             * @static
             * @param {querier.v1.SeriesResponse.$Properties} message SeriesResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SeriesResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SeriesResponse message from the specified reader or buffer.
             * @function decode
             * @memberof querier.v1.SeriesResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {querier.v1.SeriesResponse & querier.v1.SeriesResponse.$Shape} SeriesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SeriesResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.querier.v1.SeriesResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.labelsSet && message.labelsSet.length))
                                message.labelsSet = [];
                            message.labelsSet.push($root.types.v1.Labels.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a SeriesResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof querier.v1.SeriesResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {querier.v1.SeriesResponse & querier.v1.SeriesResponse.$Shape} SeriesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SeriesResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SeriesResponse message.
             * @function verify
             * @memberof querier.v1.SeriesResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SeriesResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.labelsSet != null && $Object.hasOwnProperty.call(message, "labelsSet")) {
                    if (!$Array.isArray(message.labelsSet))
                        return "labelsSet: array expected";
                    for (let i = 0; i < message.labelsSet.length; ++i) {
                        let error = $root.types.v1.Labels.verify(message.labelsSet[i], _depth + 1);
                        if (error)
                            return "labelsSet." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a SeriesResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof querier.v1.SeriesResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {querier.v1.SeriesResponse} SeriesResponse
             */
            SeriesResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.querier.v1.SeriesResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".querier.v1.SeriesResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.querier.v1.SeriesResponse();
                if (object.labelsSet) {
                    if (!$Array.isArray(object.labelsSet))
                        throw $TypeError(".querier.v1.SeriesResponse.labelsSet: array expected");
                    message.labelsSet = $Array(object.labelsSet.length);
                    for (let i = 0; i < object.labelsSet.length; ++i) {
                        if (!$util.isObject(object.labelsSet[i]))
                            throw $TypeError(".querier.v1.SeriesResponse.labelsSet: object expected");
                        message.labelsSet[i] = $root.types.v1.Labels.fromObject(object.labelsSet[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a SeriesResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof querier.v1.SeriesResponse
             * @static
             * @param {querier.v1.SeriesResponse} message SeriesResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SeriesResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.labelsSet = [];
                if (message.labelsSet && message.labelsSet.length) {
                    object.labelsSet = $Array(message.labelsSet.length);
                    for (let j = 0; j < message.labelsSet.length; ++j)
                        object.labelsSet[j] = $root.types.v1.Labels.toObject(message.labelsSet[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this SeriesResponse to JSON.
             * @function toJSON
             * @memberof querier.v1.SeriesResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SeriesResponse.prototype.toJSON = function() {
                return SeriesResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SeriesResponse
             * @function getTypeUrl
             * @memberof querier.v1.SeriesResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SeriesResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/querier.v1.SeriesResponse";
            };

            return SeriesResponse;
        })();

        /**
         * ProfileFormat enum.
         * @name querier.v1.ProfileFormat
         * @enum {number}
         * @property {number} PROFILE_FORMAT_UNSPECIFIED=0 PROFILE_FORMAT_UNSPECIFIED value
         * @property {number} PROFILE_FORMAT_FLAMEGRAPH=1 PROFILE_FORMAT_FLAMEGRAPH value
         * @property {number} PROFILE_FORMAT_TREE=2 PROFILE_FORMAT_TREE value
         */
        v1.ProfileFormat = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "PROFILE_FORMAT_UNSPECIFIED"] = 0;
            values[valuesById[1] = "PROFILE_FORMAT_FLAMEGRAPH"] = 1;
            values[valuesById[2] = "PROFILE_FORMAT_TREE"] = 2;
            return values;
        })();

        v1.SelectMergeStacktracesRequest = (function() {

            /**
             * Properties of a SelectMergeStacktracesRequest.
             * @typedef {Object} querier.v1.SelectMergeStacktracesRequest.$Properties
             * @property {string|null} [profileTypeID] SelectMergeStacktracesRequest profileTypeID
             * @property {string|null} [labelSelector] SelectMergeStacktracesRequest labelSelector
             * @property {number|null} [start] SelectMergeStacktracesRequest start
             * @property {number|null} [end] SelectMergeStacktracesRequest end
             * @property {number|null} [maxNodes] SelectMergeStacktracesRequest maxNodes
             * @property {querier.v1.ProfileFormat|null} [format] SelectMergeStacktracesRequest format
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SelectMergeStacktracesRequest.
             * @memberof querier.v1
             * @interface ISelectMergeStacktracesRequest
             * @augments querier.v1.SelectMergeStacktracesRequest.$Properties
             * @deprecated Use querier.v1.SelectMergeStacktracesRequest.$Properties instead.
             */

            /**
             * Shape of a SelectMergeStacktracesRequest.
             * @typedef {querier.v1.SelectMergeStacktracesRequest.$Properties} querier.v1.SelectMergeStacktracesRequest.$Shape
             */

            /**
             * Constructs a new SelectMergeStacktracesRequest.
             * @memberof querier.v1
             * @classdesc Represents a SelectMergeStacktracesRequest.
             * @constructor
             * @param {querier.v1.SelectMergeStacktracesRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SelectMergeStacktracesRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SelectMergeStacktracesRequest profileTypeID.
             * @member {string} profileTypeID
             * @memberof querier.v1.SelectMergeStacktracesRequest
             * @instance
             */
            SelectMergeStacktracesRequest.prototype.profileTypeID = "";

            /**
             * SelectMergeStacktracesRequest labelSelector.
             * @member {string} labelSelector
             * @memberof querier.v1.SelectMergeStacktracesRequest
             * @instance
             */
            SelectMergeStacktracesRequest.prototype.labelSelector = "";

            /**
             * SelectMergeStacktracesRequest start.
             * @member {number} start
             * @memberof querier.v1.SelectMergeStacktracesRequest
             * @instance
             */
            SelectMergeStacktracesRequest.prototype.start = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SelectMergeStacktracesRequest end.
             * @member {number} end
             * @memberof querier.v1.SelectMergeStacktracesRequest
             * @instance
             */
            SelectMergeStacktracesRequest.prototype.end = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SelectMergeStacktracesRequest maxNodes.
             * @member {number|null|undefined} maxNodes
             * @memberof querier.v1.SelectMergeStacktracesRequest
             * @instance
             */
            SelectMergeStacktracesRequest.prototype.maxNodes = null;

            /**
             * SelectMergeStacktracesRequest format.
             * @member {querier.v1.ProfileFormat} format
             * @memberof querier.v1.SelectMergeStacktracesRequest
             * @instance
             */
            SelectMergeStacktracesRequest.prototype.format = 0;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SelectMergeStacktracesRequest.prototype, "_maxNodes", {
                get: $util.oneOfGetter($oneOfFields = ["maxNodes"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new SelectMergeStacktracesRequest instance using the specified properties.
             * @function create
             * @memberof querier.v1.SelectMergeStacktracesRequest
             * @static
             * @param {querier.v1.SelectMergeStacktracesRequest.$Properties=} [properties] Properties to set
             * @returns {querier.v1.SelectMergeStacktracesRequest} SelectMergeStacktracesRequest instance
             * @type {{
             *   (properties: querier.v1.SelectMergeStacktracesRequest.$Shape): querier.v1.SelectMergeStacktracesRequest & querier.v1.SelectMergeStacktracesRequest.$Shape;
             *   (properties?: querier.v1.SelectMergeStacktracesRequest.$Properties): querier.v1.SelectMergeStacktracesRequest;
             * }}
             */
            SelectMergeStacktracesRequest.create = function(properties) {
                return new SelectMergeStacktracesRequest(properties);
            };

            /**
             * Encodes the specified SelectMergeStacktracesRequest message. Does not implicitly {@link querier.v1.SelectMergeStacktracesRequest.verify|verify} messages.
             * @function encode
             * @memberof querier.v1.SelectMergeStacktracesRequest
             * @static
             * @param {querier.v1.SelectMergeStacktracesRequest.$Properties} message SelectMergeStacktracesRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SelectMergeStacktracesRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.profileTypeID != null && $Object.hasOwnProperty.call(message, "profileTypeID") && message.profileTypeID !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.profileTypeID);
                if (message.labelSelector != null && $Object.hasOwnProperty.call(message, "labelSelector") && message.labelSelector !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.labelSelector);
                if (message.start != null && $Object.hasOwnProperty.call(message, "start") && (typeof message.start === "object" ? message.start.low || message.start.high : message.start !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.start);
                if (message.end != null && $Object.hasOwnProperty.call(message, "end") && (typeof message.end === "object" ? message.end.low || message.end.high : message.end !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.end);
                if (message.maxNodes != null && $Object.hasOwnProperty.call(message, "maxNodes"))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.maxNodes);
                if (message.format != null && $Object.hasOwnProperty.call(message, "format") && message.format !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).int32(message.format);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SelectMergeStacktracesRequest message, length delimited. Does not implicitly {@link querier.v1.SelectMergeStacktracesRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof querier.v1.SelectMergeStacktracesRequest
             * @static
             * @param {querier.v1.SelectMergeStacktracesRequest.$Properties} message SelectMergeStacktracesRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SelectMergeStacktracesRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SelectMergeStacktracesRequest message from the specified reader or buffer.
             * @function decode
             * @memberof querier.v1.SelectMergeStacktracesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {querier.v1.SelectMergeStacktracesRequest & querier.v1.SelectMergeStacktracesRequest.$Shape} SelectMergeStacktracesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SelectMergeStacktracesRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.querier.v1.SelectMergeStacktracesRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.profileTypeID = value;
                            else
                                delete message.profileTypeID;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.labelSelector = value;
                            else
                                delete message.labelSelector;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.start = value;
                            else
                                delete message.start;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.end = value;
                            else
                                delete message.end;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            message.maxNodes = reader.int64();
                            message._maxNodes = "maxNodes";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.format = value;
                            else
                                delete message.format;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a SelectMergeStacktracesRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof querier.v1.SelectMergeStacktracesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {querier.v1.SelectMergeStacktracesRequest & querier.v1.SelectMergeStacktracesRequest.$Shape} SelectMergeStacktracesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SelectMergeStacktracesRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SelectMergeStacktracesRequest message.
             * @function verify
             * @memberof querier.v1.SelectMergeStacktracesRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SelectMergeStacktracesRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.profileTypeID != null && $Object.hasOwnProperty.call(message, "profileTypeID"))
                    if (!$util.isString(message.profileTypeID))
                        return "profileTypeID: string expected";
                if (message.labelSelector != null && $Object.hasOwnProperty.call(message, "labelSelector"))
                    if (!$util.isString(message.labelSelector))
                        return "labelSelector: string expected";
                if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                    if (!$util.isInteger(message.start) && !(message.start && $util.isInteger(message.start.low) && $util.isInteger(message.start.high)))
                        return "start: integer|Long expected";
                if (message.end != null && $Object.hasOwnProperty.call(message, "end"))
                    if (!$util.isInteger(message.end) && !(message.end && $util.isInteger(message.end.low) && $util.isInteger(message.end.high)))
                        return "end: integer|Long expected";
                if (message.maxNodes != null && $Object.hasOwnProperty.call(message, "maxNodes")) {
                    properties._maxNodes = 1;
                    if (!$util.isInteger(message.maxNodes) && !(message.maxNodes && $util.isInteger(message.maxNodes.low) && $util.isInteger(message.maxNodes.high)))
                        return "maxNodes: integer|Long expected";
                }
                if (message.format != null && $Object.hasOwnProperty.call(message, "format"))
                    if (typeof message.format !== "number" || (message.format | 0) !== message.format)
                        return "format: enum value expected";
                return null;
            };

            /**
             * Creates a SelectMergeStacktracesRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof querier.v1.SelectMergeStacktracesRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {querier.v1.SelectMergeStacktracesRequest} SelectMergeStacktracesRequest
             */
            SelectMergeStacktracesRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.querier.v1.SelectMergeStacktracesRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".querier.v1.SelectMergeStacktracesRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.querier.v1.SelectMergeStacktracesRequest();
                if (object.profileTypeID != null)
                    if (typeof object.profileTypeID !== "string" || object.profileTypeID.length)
                        message.profileTypeID = $String(object.profileTypeID);
                if (object.labelSelector != null)
                    if (typeof object.labelSelector !== "string" || object.labelSelector.length)
                        message.labelSelector = $String(object.labelSelector);
                if (object.start != null)
                    if (typeof object.start === "object" ? object.start.low || object.start.high : $Number(object.start) !== 0)
                        if ($util.Long)
                            message.start = $util.Long.fromValue(object.start, false);
                        else if (typeof object.start === "string")
                            message.start = $parseInt(object.start, 10);
                        else if (typeof object.start === "number")
                            message.start = object.start;
                        else if (typeof object.start === "object")
                            message.start = new $util.LongBits(object.start.low >>> 0, object.start.high >>> 0).toNumber();
                if (object.end != null)
                    if (typeof object.end === "object" ? object.end.low || object.end.high : $Number(object.end) !== 0)
                        if ($util.Long)
                            message.end = $util.Long.fromValue(object.end, false);
                        else if (typeof object.end === "string")
                            message.end = $parseInt(object.end, 10);
                        else if (typeof object.end === "number")
                            message.end = object.end;
                        else if (typeof object.end === "object")
                            message.end = new $util.LongBits(object.end.low >>> 0, object.end.high >>> 0).toNumber();
                if (object.maxNodes != null)
                    if ($util.Long)
                        message.maxNodes = $util.Long.fromValue(object.maxNodes, false);
                    else if (typeof object.maxNodes === "string")
                        message.maxNodes = $parseInt(object.maxNodes, 10);
                    else if (typeof object.maxNodes === "number")
                        message.maxNodes = object.maxNodes;
                    else if (typeof object.maxNodes === "object")
                        message.maxNodes = new $util.LongBits(object.maxNodes.low >>> 0, object.maxNodes.high >>> 0).toNumber();
                if (object.format !== 0 && (typeof object.format !== "string" || $root.querier.v1.ProfileFormat[object.format] !== 0))
                    switch (object.format) {
                    case "PROFILE_FORMAT_UNSPECIFIED":
                    case 0:
                        message.format = 0;
                        break;
                    case "PROFILE_FORMAT_FLAMEGRAPH":
                    case 1:
                        message.format = 1;
                        break;
                    case "PROFILE_FORMAT_TREE":
                    case 2:
                        message.format = 2;
                        break;
                    default:
                        if (typeof object.format === "number" && (object.format | 0) === object.format)
                            message.format = object.format;
                    }
                return message;
            };

            /**
             * Creates a plain object from a SelectMergeStacktracesRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof querier.v1.SelectMergeStacktracesRequest
             * @static
             * @param {querier.v1.SelectMergeStacktracesRequest} message SelectMergeStacktracesRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SelectMergeStacktracesRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.profileTypeID = "";
                    object.labelSelector = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.start = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.start = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.end = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.end = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.format = options.enums === $String ? "PROFILE_FORMAT_UNSPECIFIED" : 0;
                }
                if (message.profileTypeID != null && $Object.hasOwnProperty.call(message, "profileTypeID"))
                    object.profileTypeID = message.profileTypeID;
                if (message.labelSelector != null && $Object.hasOwnProperty.call(message, "labelSelector"))
                    object.labelSelector = message.labelSelector;
                if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.start = typeof message.start === "number" ? $BigInt(message.start) : $util.Long.fromBits(message.start.low >>> 0, message.start.high >>> 0, false).toBigInt();
                    else if (typeof message.start === "number")
                        object.start = options.longs === $String ? $String(message.start) : message.start;
                    else
                        object.start = options.longs === $String ? $util.Long.prototype.toString.call(message.start) : options.longs === $Number ? new $util.LongBits(message.start.low >>> 0, message.start.high >>> 0).toNumber() : message.start;
                if (message.end != null && $Object.hasOwnProperty.call(message, "end"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.end = typeof message.end === "number" ? $BigInt(message.end) : $util.Long.fromBits(message.end.low >>> 0, message.end.high >>> 0, false).toBigInt();
                    else if (typeof message.end === "number")
                        object.end = options.longs === $String ? $String(message.end) : message.end;
                    else
                        object.end = options.longs === $String ? $util.Long.prototype.toString.call(message.end) : options.longs === $Number ? new $util.LongBits(message.end.low >>> 0, message.end.high >>> 0).toNumber() : message.end;
                if (message.maxNodes != null && $Object.hasOwnProperty.call(message, "maxNodes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.maxNodes = typeof message.maxNodes === "number" ? $BigInt(message.maxNodes) : $util.Long.fromBits(message.maxNodes.low >>> 0, message.maxNodes.high >>> 0, false).toBigInt();
                    else if (typeof message.maxNodes === "number")
                        object.maxNodes = options.longs === $String ? $String(message.maxNodes) : message.maxNodes;
                    else
                        object.maxNodes = options.longs === $String ? $util.Long.prototype.toString.call(message.maxNodes) : options.longs === $Number ? new $util.LongBits(message.maxNodes.low >>> 0, message.maxNodes.high >>> 0).toNumber() : message.maxNodes;
                if (message.format != null && $Object.hasOwnProperty.call(message, "format"))
                    object.format = options.enums === $String ? $root.querier.v1.ProfileFormat[message.format] === $undefined ? message.format : $root.querier.v1.ProfileFormat[message.format] : message.format;
                return object;
            };

            /**
             * Converts this SelectMergeStacktracesRequest to JSON.
             * @function toJSON
             * @memberof querier.v1.SelectMergeStacktracesRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SelectMergeStacktracesRequest.prototype.toJSON = function() {
                return SelectMergeStacktracesRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SelectMergeStacktracesRequest
             * @function getTypeUrl
             * @memberof querier.v1.SelectMergeStacktracesRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SelectMergeStacktracesRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/querier.v1.SelectMergeStacktracesRequest";
            };

            return SelectMergeStacktracesRequest;
        })();

        v1.SelectMergeSpanProfileRequest = (function() {

            /**
             * Properties of a SelectMergeSpanProfileRequest.
             * @typedef {Object} querier.v1.SelectMergeSpanProfileRequest.$Properties
             * @property {string|null} [profileTypeID] SelectMergeSpanProfileRequest profileTypeID
             * @property {string|null} [labelSelector] SelectMergeSpanProfileRequest labelSelector
             * @property {Array.<string>|null} [spanSelector] SelectMergeSpanProfileRequest spanSelector
             * @property {number|null} [start] SelectMergeSpanProfileRequest start
             * @property {number|null} [end] SelectMergeSpanProfileRequest end
             * @property {number|null} [maxNodes] SelectMergeSpanProfileRequest maxNodes
             * @property {querier.v1.ProfileFormat|null} [format] SelectMergeSpanProfileRequest format
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SelectMergeSpanProfileRequest.
             * @memberof querier.v1
             * @interface ISelectMergeSpanProfileRequest
             * @augments querier.v1.SelectMergeSpanProfileRequest.$Properties
             * @deprecated Use querier.v1.SelectMergeSpanProfileRequest.$Properties instead.
             */

            /**
             * Shape of a SelectMergeSpanProfileRequest.
             * @typedef {querier.v1.SelectMergeSpanProfileRequest.$Properties} querier.v1.SelectMergeSpanProfileRequest.$Shape
             */

            /**
             * Constructs a new SelectMergeSpanProfileRequest.
             * @memberof querier.v1
             * @classdesc Represents a SelectMergeSpanProfileRequest.
             * @constructor
             * @param {querier.v1.SelectMergeSpanProfileRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SelectMergeSpanProfileRequest = function (properties) {
                this.spanSelector = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SelectMergeSpanProfileRequest profileTypeID.
             * @member {string} profileTypeID
             * @memberof querier.v1.SelectMergeSpanProfileRequest
             * @instance
             */
            SelectMergeSpanProfileRequest.prototype.profileTypeID = "";

            /**
             * SelectMergeSpanProfileRequest labelSelector.
             * @member {string} labelSelector
             * @memberof querier.v1.SelectMergeSpanProfileRequest
             * @instance
             */
            SelectMergeSpanProfileRequest.prototype.labelSelector = "";

            /**
             * SelectMergeSpanProfileRequest spanSelector.
             * @member {Array.<string>} spanSelector
             * @memberof querier.v1.SelectMergeSpanProfileRequest
             * @instance
             */
            SelectMergeSpanProfileRequest.prototype.spanSelector = $util.emptyArray;

            /**
             * SelectMergeSpanProfileRequest start.
             * @member {number} start
             * @memberof querier.v1.SelectMergeSpanProfileRequest
             * @instance
             */
            SelectMergeSpanProfileRequest.prototype.start = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SelectMergeSpanProfileRequest end.
             * @member {number} end
             * @memberof querier.v1.SelectMergeSpanProfileRequest
             * @instance
             */
            SelectMergeSpanProfileRequest.prototype.end = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SelectMergeSpanProfileRequest maxNodes.
             * @member {number|null|undefined} maxNodes
             * @memberof querier.v1.SelectMergeSpanProfileRequest
             * @instance
             */
            SelectMergeSpanProfileRequest.prototype.maxNodes = null;

            /**
             * SelectMergeSpanProfileRequest format.
             * @member {querier.v1.ProfileFormat} format
             * @memberof querier.v1.SelectMergeSpanProfileRequest
             * @instance
             */
            SelectMergeSpanProfileRequest.prototype.format = 0;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SelectMergeSpanProfileRequest.prototype, "_maxNodes", {
                get: $util.oneOfGetter($oneOfFields = ["maxNodes"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new SelectMergeSpanProfileRequest instance using the specified properties.
             * @function create
             * @memberof querier.v1.SelectMergeSpanProfileRequest
             * @static
             * @param {querier.v1.SelectMergeSpanProfileRequest.$Properties=} [properties] Properties to set
             * @returns {querier.v1.SelectMergeSpanProfileRequest} SelectMergeSpanProfileRequest instance
             * @type {{
             *   (properties: querier.v1.SelectMergeSpanProfileRequest.$Shape): querier.v1.SelectMergeSpanProfileRequest & querier.v1.SelectMergeSpanProfileRequest.$Shape;
             *   (properties?: querier.v1.SelectMergeSpanProfileRequest.$Properties): querier.v1.SelectMergeSpanProfileRequest;
             * }}
             */
            SelectMergeSpanProfileRequest.create = function(properties) {
                return new SelectMergeSpanProfileRequest(properties);
            };

            /**
             * Encodes the specified SelectMergeSpanProfileRequest message. Does not implicitly {@link querier.v1.SelectMergeSpanProfileRequest.verify|verify} messages.
             * @function encode
             * @memberof querier.v1.SelectMergeSpanProfileRequest
             * @static
             * @param {querier.v1.SelectMergeSpanProfileRequest.$Properties} message SelectMergeSpanProfileRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SelectMergeSpanProfileRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.profileTypeID != null && $Object.hasOwnProperty.call(message, "profileTypeID") && message.profileTypeID !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.profileTypeID);
                if (message.labelSelector != null && $Object.hasOwnProperty.call(message, "labelSelector") && message.labelSelector !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.labelSelector);
                if (message.spanSelector != null && message.spanSelector.length)
                    for (let i = 0; i < message.spanSelector.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.spanSelector[i]);
                if (message.start != null && $Object.hasOwnProperty.call(message, "start") && (typeof message.start === "object" ? message.start.low || message.start.high : message.start !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.start);
                if (message.end != null && $Object.hasOwnProperty.call(message, "end") && (typeof message.end === "object" ? message.end.low || message.end.high : message.end !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.end);
                if (message.maxNodes != null && $Object.hasOwnProperty.call(message, "maxNodes"))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.maxNodes);
                if (message.format != null && $Object.hasOwnProperty.call(message, "format") && message.format !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).int32(message.format);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SelectMergeSpanProfileRequest message, length delimited. Does not implicitly {@link querier.v1.SelectMergeSpanProfileRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof querier.v1.SelectMergeSpanProfileRequest
             * @static
             * @param {querier.v1.SelectMergeSpanProfileRequest.$Properties} message SelectMergeSpanProfileRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SelectMergeSpanProfileRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SelectMergeSpanProfileRequest message from the specified reader or buffer.
             * @function decode
             * @memberof querier.v1.SelectMergeSpanProfileRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {querier.v1.SelectMergeSpanProfileRequest & querier.v1.SelectMergeSpanProfileRequest.$Shape} SelectMergeSpanProfileRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SelectMergeSpanProfileRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.querier.v1.SelectMergeSpanProfileRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.profileTypeID = value;
                            else
                                delete message.profileTypeID;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.labelSelector = value;
                            else
                                delete message.labelSelector;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.spanSelector && message.spanSelector.length))
                                message.spanSelector = [];
                            message.spanSelector.push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.start = value;
                            else
                                delete message.start;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.end = value;
                            else
                                delete message.end;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            message.maxNodes = reader.int64();
                            message._maxNodes = "maxNodes";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.format = value;
                            else
                                delete message.format;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a SelectMergeSpanProfileRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof querier.v1.SelectMergeSpanProfileRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {querier.v1.SelectMergeSpanProfileRequest & querier.v1.SelectMergeSpanProfileRequest.$Shape} SelectMergeSpanProfileRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SelectMergeSpanProfileRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SelectMergeSpanProfileRequest message.
             * @function verify
             * @memberof querier.v1.SelectMergeSpanProfileRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SelectMergeSpanProfileRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.profileTypeID != null && $Object.hasOwnProperty.call(message, "profileTypeID"))
                    if (!$util.isString(message.profileTypeID))
                        return "profileTypeID: string expected";
                if (message.labelSelector != null && $Object.hasOwnProperty.call(message, "labelSelector"))
                    if (!$util.isString(message.labelSelector))
                        return "labelSelector: string expected";
                if (message.spanSelector != null && $Object.hasOwnProperty.call(message, "spanSelector")) {
                    if (!$Array.isArray(message.spanSelector))
                        return "spanSelector: array expected";
                    for (let i = 0; i < message.spanSelector.length; ++i)
                        if (!$util.isString(message.spanSelector[i]))
                            return "spanSelector: string[] expected";
                }
                if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                    if (!$util.isInteger(message.start) && !(message.start && $util.isInteger(message.start.low) && $util.isInteger(message.start.high)))
                        return "start: integer|Long expected";
                if (message.end != null && $Object.hasOwnProperty.call(message, "end"))
                    if (!$util.isInteger(message.end) && !(message.end && $util.isInteger(message.end.low) && $util.isInteger(message.end.high)))
                        return "end: integer|Long expected";
                if (message.maxNodes != null && $Object.hasOwnProperty.call(message, "maxNodes")) {
                    properties._maxNodes = 1;
                    if (!$util.isInteger(message.maxNodes) && !(message.maxNodes && $util.isInteger(message.maxNodes.low) && $util.isInteger(message.maxNodes.high)))
                        return "maxNodes: integer|Long expected";
                }
                if (message.format != null && $Object.hasOwnProperty.call(message, "format"))
                    if (typeof message.format !== "number" || (message.format | 0) !== message.format)
                        return "format: enum value expected";
                return null;
            };

            /**
             * Creates a SelectMergeSpanProfileRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof querier.v1.SelectMergeSpanProfileRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {querier.v1.SelectMergeSpanProfileRequest} SelectMergeSpanProfileRequest
             */
            SelectMergeSpanProfileRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.querier.v1.SelectMergeSpanProfileRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".querier.v1.SelectMergeSpanProfileRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.querier.v1.SelectMergeSpanProfileRequest();
                if (object.profileTypeID != null)
                    if (typeof object.profileTypeID !== "string" || object.profileTypeID.length)
                        message.profileTypeID = $String(object.profileTypeID);
                if (object.labelSelector != null)
                    if (typeof object.labelSelector !== "string" || object.labelSelector.length)
                        message.labelSelector = $String(object.labelSelector);
                if (object.spanSelector) {
                    if (!$Array.isArray(object.spanSelector))
                        throw $TypeError(".querier.v1.SelectMergeSpanProfileRequest.spanSelector: array expected");
                    message.spanSelector = $Array(object.spanSelector.length);
                    for (let i = 0; i < object.spanSelector.length; ++i)
                        message.spanSelector[i] = $String(object.spanSelector[i]);
                }
                if (object.start != null)
                    if (typeof object.start === "object" ? object.start.low || object.start.high : $Number(object.start) !== 0)
                        if ($util.Long)
                            message.start = $util.Long.fromValue(object.start, false);
                        else if (typeof object.start === "string")
                            message.start = $parseInt(object.start, 10);
                        else if (typeof object.start === "number")
                            message.start = object.start;
                        else if (typeof object.start === "object")
                            message.start = new $util.LongBits(object.start.low >>> 0, object.start.high >>> 0).toNumber();
                if (object.end != null)
                    if (typeof object.end === "object" ? object.end.low || object.end.high : $Number(object.end) !== 0)
                        if ($util.Long)
                            message.end = $util.Long.fromValue(object.end, false);
                        else if (typeof object.end === "string")
                            message.end = $parseInt(object.end, 10);
                        else if (typeof object.end === "number")
                            message.end = object.end;
                        else if (typeof object.end === "object")
                            message.end = new $util.LongBits(object.end.low >>> 0, object.end.high >>> 0).toNumber();
                if (object.maxNodes != null)
                    if ($util.Long)
                        message.maxNodes = $util.Long.fromValue(object.maxNodes, false);
                    else if (typeof object.maxNodes === "string")
                        message.maxNodes = $parseInt(object.maxNodes, 10);
                    else if (typeof object.maxNodes === "number")
                        message.maxNodes = object.maxNodes;
                    else if (typeof object.maxNodes === "object")
                        message.maxNodes = new $util.LongBits(object.maxNodes.low >>> 0, object.maxNodes.high >>> 0).toNumber();
                if (object.format !== 0 && (typeof object.format !== "string" || $root.querier.v1.ProfileFormat[object.format] !== 0))
                    switch (object.format) {
                    case "PROFILE_FORMAT_UNSPECIFIED":
                    case 0:
                        message.format = 0;
                        break;
                    case "PROFILE_FORMAT_FLAMEGRAPH":
                    case 1:
                        message.format = 1;
                        break;
                    case "PROFILE_FORMAT_TREE":
                    case 2:
                        message.format = 2;
                        break;
                    default:
                        if (typeof object.format === "number" && (object.format | 0) === object.format)
                            message.format = object.format;
                    }
                return message;
            };

            /**
             * Creates a plain object from a SelectMergeSpanProfileRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof querier.v1.SelectMergeSpanProfileRequest
             * @static
             * @param {querier.v1.SelectMergeSpanProfileRequest} message SelectMergeSpanProfileRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SelectMergeSpanProfileRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.spanSelector = [];
                if (options.defaults) {
                    object.profileTypeID = "";
                    object.labelSelector = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.start = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.start = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.end = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.end = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.format = options.enums === $String ? "PROFILE_FORMAT_UNSPECIFIED" : 0;
                }
                if (message.profileTypeID != null && $Object.hasOwnProperty.call(message, "profileTypeID"))
                    object.profileTypeID = message.profileTypeID;
                if (message.labelSelector != null && $Object.hasOwnProperty.call(message, "labelSelector"))
                    object.labelSelector = message.labelSelector;
                if (message.spanSelector && message.spanSelector.length) {
                    object.spanSelector = $Array(message.spanSelector.length);
                    for (let j = 0; j < message.spanSelector.length; ++j)
                        object.spanSelector[j] = message.spanSelector[j];
                }
                if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.start = typeof message.start === "number" ? $BigInt(message.start) : $util.Long.fromBits(message.start.low >>> 0, message.start.high >>> 0, false).toBigInt();
                    else if (typeof message.start === "number")
                        object.start = options.longs === $String ? $String(message.start) : message.start;
                    else
                        object.start = options.longs === $String ? $util.Long.prototype.toString.call(message.start) : options.longs === $Number ? new $util.LongBits(message.start.low >>> 0, message.start.high >>> 0).toNumber() : message.start;
                if (message.end != null && $Object.hasOwnProperty.call(message, "end"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.end = typeof message.end === "number" ? $BigInt(message.end) : $util.Long.fromBits(message.end.low >>> 0, message.end.high >>> 0, false).toBigInt();
                    else if (typeof message.end === "number")
                        object.end = options.longs === $String ? $String(message.end) : message.end;
                    else
                        object.end = options.longs === $String ? $util.Long.prototype.toString.call(message.end) : options.longs === $Number ? new $util.LongBits(message.end.low >>> 0, message.end.high >>> 0).toNumber() : message.end;
                if (message.maxNodes != null && $Object.hasOwnProperty.call(message, "maxNodes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.maxNodes = typeof message.maxNodes === "number" ? $BigInt(message.maxNodes) : $util.Long.fromBits(message.maxNodes.low >>> 0, message.maxNodes.high >>> 0, false).toBigInt();
                    else if (typeof message.maxNodes === "number")
                        object.maxNodes = options.longs === $String ? $String(message.maxNodes) : message.maxNodes;
                    else
                        object.maxNodes = options.longs === $String ? $util.Long.prototype.toString.call(message.maxNodes) : options.longs === $Number ? new $util.LongBits(message.maxNodes.low >>> 0, message.maxNodes.high >>> 0).toNumber() : message.maxNodes;
                if (message.format != null && $Object.hasOwnProperty.call(message, "format"))
                    object.format = options.enums === $String ? $root.querier.v1.ProfileFormat[message.format] === $undefined ? message.format : $root.querier.v1.ProfileFormat[message.format] : message.format;
                return object;
            };

            /**
             * Converts this SelectMergeSpanProfileRequest to JSON.
             * @function toJSON
             * @memberof querier.v1.SelectMergeSpanProfileRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SelectMergeSpanProfileRequest.prototype.toJSON = function() {
                return SelectMergeSpanProfileRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SelectMergeSpanProfileRequest
             * @function getTypeUrl
             * @memberof querier.v1.SelectMergeSpanProfileRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SelectMergeSpanProfileRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/querier.v1.SelectMergeSpanProfileRequest";
            };

            return SelectMergeSpanProfileRequest;
        })();

        v1.SelectMergeSpanProfileResponse = (function() {

            /**
             * Properties of a SelectMergeSpanProfileResponse.
             * @typedef {Object} querier.v1.SelectMergeSpanProfileResponse.$Properties
             * @property {querier.v1.FlameGraph.$Properties|null} [flamegraph] SelectMergeSpanProfileResponse flamegraph
             * @property {Uint8Array|null} [tree] SelectMergeSpanProfileResponse tree
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SelectMergeSpanProfileResponse.
             * @memberof querier.v1
             * @interface ISelectMergeSpanProfileResponse
             * @augments querier.v1.SelectMergeSpanProfileResponse.$Properties
             * @deprecated Use querier.v1.SelectMergeSpanProfileResponse.$Properties instead.
             */

            /**
             * Shape of a SelectMergeSpanProfileResponse.
             * @typedef {querier.v1.SelectMergeSpanProfileResponse.$Properties} querier.v1.SelectMergeSpanProfileResponse.$Shape
             */

            /**
             * Constructs a new SelectMergeSpanProfileResponse.
             * @memberof querier.v1
             * @classdesc Represents a SelectMergeSpanProfileResponse.
             * @constructor
             * @param {querier.v1.SelectMergeSpanProfileResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SelectMergeSpanProfileResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SelectMergeSpanProfileResponse flamegraph.
             * @member {querier.v1.FlameGraph.$Properties|null|undefined} flamegraph
             * @memberof querier.v1.SelectMergeSpanProfileResponse
             * @instance
             */
            SelectMergeSpanProfileResponse.prototype.flamegraph = null;

            /**
             * SelectMergeSpanProfileResponse tree.
             * @member {Uint8Array} tree
             * @memberof querier.v1.SelectMergeSpanProfileResponse
             * @instance
             */
            SelectMergeSpanProfileResponse.prototype.tree = $util.newBuffer([]);

            /**
             * Creates a new SelectMergeSpanProfileResponse instance using the specified properties.
             * @function create
             * @memberof querier.v1.SelectMergeSpanProfileResponse
             * @static
             * @param {querier.v1.SelectMergeSpanProfileResponse.$Properties=} [properties] Properties to set
             * @returns {querier.v1.SelectMergeSpanProfileResponse} SelectMergeSpanProfileResponse instance
             * @type {{
             *   (properties: querier.v1.SelectMergeSpanProfileResponse.$Shape): querier.v1.SelectMergeSpanProfileResponse & querier.v1.SelectMergeSpanProfileResponse.$Shape;
             *   (properties?: querier.v1.SelectMergeSpanProfileResponse.$Properties): querier.v1.SelectMergeSpanProfileResponse;
             * }}
             */
            SelectMergeSpanProfileResponse.create = function(properties) {
                return new SelectMergeSpanProfileResponse(properties);
            };

            /**
             * Encodes the specified SelectMergeSpanProfileResponse message. Does not implicitly {@link querier.v1.SelectMergeSpanProfileResponse.verify|verify} messages.
             * @function encode
             * @memberof querier.v1.SelectMergeSpanProfileResponse
             * @static
             * @param {querier.v1.SelectMergeSpanProfileResponse.$Properties} message SelectMergeSpanProfileResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SelectMergeSpanProfileResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.flamegraph != null && $Object.hasOwnProperty.call(message, "flamegraph"))
                    $root.querier.v1.FlameGraph.encode(message.flamegraph, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.tree != null && $Object.hasOwnProperty.call(message, "tree") && message.tree.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.tree);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SelectMergeSpanProfileResponse message, length delimited. Does not implicitly {@link querier.v1.SelectMergeSpanProfileResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof querier.v1.SelectMergeSpanProfileResponse
             * @static
             * @param {querier.v1.SelectMergeSpanProfileResponse.$Properties} message SelectMergeSpanProfileResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SelectMergeSpanProfileResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SelectMergeSpanProfileResponse message from the specified reader or buffer.
             * @function decode
             * @memberof querier.v1.SelectMergeSpanProfileResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {querier.v1.SelectMergeSpanProfileResponse & querier.v1.SelectMergeSpanProfileResponse.$Shape} SelectMergeSpanProfileResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SelectMergeSpanProfileResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.querier.v1.SelectMergeSpanProfileResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.flamegraph = $root.querier.v1.FlameGraph.decode(reader, reader.size(), $undefined, _depth + 1, message.flamegraph);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.tree = value;
                            else
                                delete message.tree;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a SelectMergeSpanProfileResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof querier.v1.SelectMergeSpanProfileResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {querier.v1.SelectMergeSpanProfileResponse & querier.v1.SelectMergeSpanProfileResponse.$Shape} SelectMergeSpanProfileResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SelectMergeSpanProfileResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SelectMergeSpanProfileResponse message.
             * @function verify
             * @memberof querier.v1.SelectMergeSpanProfileResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SelectMergeSpanProfileResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.flamegraph != null && $Object.hasOwnProperty.call(message, "flamegraph")) {
                    let error = $root.querier.v1.FlameGraph.verify(message.flamegraph, _depth + 1);
                    if (error)
                        return "flamegraph." + error;
                }
                if (message.tree != null && $Object.hasOwnProperty.call(message, "tree"))
                    if (!(message.tree && typeof message.tree.length === "number" || $util.isString(message.tree)))
                        return "tree: buffer expected";
                return null;
            };

            /**
             * Creates a SelectMergeSpanProfileResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof querier.v1.SelectMergeSpanProfileResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {querier.v1.SelectMergeSpanProfileResponse} SelectMergeSpanProfileResponse
             */
            SelectMergeSpanProfileResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.querier.v1.SelectMergeSpanProfileResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".querier.v1.SelectMergeSpanProfileResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.querier.v1.SelectMergeSpanProfileResponse();
                if (object.flamegraph != null) {
                    if (!$util.isObject(object.flamegraph))
                        throw $TypeError(".querier.v1.SelectMergeSpanProfileResponse.flamegraph: object expected");
                    message.flamegraph = $root.querier.v1.FlameGraph.fromObject(object.flamegraph, _depth + 1);
                }
                if (object.tree != null)
                    if (object.tree.length)
                        if (typeof object.tree === "string")
                            $util.base64.decode(object.tree, message.tree = $util.newBuffer($util.base64.length(object.tree)), 0);
                        else if (object.tree.length >= 0)
                            message.tree = object.tree;
                return message;
            };

            /**
             * Creates a plain object from a SelectMergeSpanProfileResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof querier.v1.SelectMergeSpanProfileResponse
             * @static
             * @param {querier.v1.SelectMergeSpanProfileResponse} message SelectMergeSpanProfileResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SelectMergeSpanProfileResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.flamegraph = null;
                    if (options.bytes === $String)
                        object.tree = "";
                    else {
                        object.tree = [];
                        if (options.bytes !== $Array)
                            object.tree = $util.newBuffer(object.tree);
                    }
                }
                if (message.flamegraph != null && $Object.hasOwnProperty.call(message, "flamegraph"))
                    object.flamegraph = $root.querier.v1.FlameGraph.toObject(message.flamegraph, options, _depth + 1);
                if (message.tree != null && $Object.hasOwnProperty.call(message, "tree"))
                    object.tree = options.bytes === $String ? $util.base64.encode(message.tree, 0, message.tree.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.tree) : message.tree;
                return object;
            };

            /**
             * Converts this SelectMergeSpanProfileResponse to JSON.
             * @function toJSON
             * @memberof querier.v1.SelectMergeSpanProfileResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SelectMergeSpanProfileResponse.prototype.toJSON = function() {
                return SelectMergeSpanProfileResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SelectMergeSpanProfileResponse
             * @function getTypeUrl
             * @memberof querier.v1.SelectMergeSpanProfileResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SelectMergeSpanProfileResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/querier.v1.SelectMergeSpanProfileResponse";
            };

            return SelectMergeSpanProfileResponse;
        })();

        v1.SelectMergeStacktracesResponse = (function() {

            /**
             * Properties of a SelectMergeStacktracesResponse.
             * @typedef {Object} querier.v1.SelectMergeStacktracesResponse.$Properties
             * @property {querier.v1.FlameGraph.$Properties|null} [flamegraph] SelectMergeStacktracesResponse flamegraph
             * @property {Uint8Array|null} [tree] SelectMergeStacktracesResponse tree
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SelectMergeStacktracesResponse.
             * @memberof querier.v1
             * @interface ISelectMergeStacktracesResponse
             * @augments querier.v1.SelectMergeStacktracesResponse.$Properties
             * @deprecated Use querier.v1.SelectMergeStacktracesResponse.$Properties instead.
             */

            /**
             * Shape of a SelectMergeStacktracesResponse.
             * @typedef {querier.v1.SelectMergeStacktracesResponse.$Properties} querier.v1.SelectMergeStacktracesResponse.$Shape
             */

            /**
             * Constructs a new SelectMergeStacktracesResponse.
             * @memberof querier.v1
             * @classdesc Represents a SelectMergeStacktracesResponse.
             * @constructor
             * @param {querier.v1.SelectMergeStacktracesResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SelectMergeStacktracesResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SelectMergeStacktracesResponse flamegraph.
             * @member {querier.v1.FlameGraph.$Properties|null|undefined} flamegraph
             * @memberof querier.v1.SelectMergeStacktracesResponse
             * @instance
             */
            SelectMergeStacktracesResponse.prototype.flamegraph = null;

            /**
             * SelectMergeStacktracesResponse tree.
             * @member {Uint8Array} tree
             * @memberof querier.v1.SelectMergeStacktracesResponse
             * @instance
             */
            SelectMergeStacktracesResponse.prototype.tree = $util.newBuffer([]);

            /**
             * Creates a new SelectMergeStacktracesResponse instance using the specified properties.
             * @function create
             * @memberof querier.v1.SelectMergeStacktracesResponse
             * @static
             * @param {querier.v1.SelectMergeStacktracesResponse.$Properties=} [properties] Properties to set
             * @returns {querier.v1.SelectMergeStacktracesResponse} SelectMergeStacktracesResponse instance
             * @type {{
             *   (properties: querier.v1.SelectMergeStacktracesResponse.$Shape): querier.v1.SelectMergeStacktracesResponse & querier.v1.SelectMergeStacktracesResponse.$Shape;
             *   (properties?: querier.v1.SelectMergeStacktracesResponse.$Properties): querier.v1.SelectMergeStacktracesResponse;
             * }}
             */
            SelectMergeStacktracesResponse.create = function(properties) {
                return new SelectMergeStacktracesResponse(properties);
            };

            /**
             * Encodes the specified SelectMergeStacktracesResponse message. Does not implicitly {@link querier.v1.SelectMergeStacktracesResponse.verify|verify} messages.
             * @function encode
             * @memberof querier.v1.SelectMergeStacktracesResponse
             * @static
             * @param {querier.v1.SelectMergeStacktracesResponse.$Properties} message SelectMergeStacktracesResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SelectMergeStacktracesResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.flamegraph != null && $Object.hasOwnProperty.call(message, "flamegraph"))
                    $root.querier.v1.FlameGraph.encode(message.flamegraph, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.tree != null && $Object.hasOwnProperty.call(message, "tree") && message.tree.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.tree);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SelectMergeStacktracesResponse message, length delimited. Does not implicitly {@link querier.v1.SelectMergeStacktracesResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof querier.v1.SelectMergeStacktracesResponse
             * @static
             * @param {querier.v1.SelectMergeStacktracesResponse.$Properties} message SelectMergeStacktracesResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SelectMergeStacktracesResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SelectMergeStacktracesResponse message from the specified reader or buffer.
             * @function decode
             * @memberof querier.v1.SelectMergeStacktracesResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {querier.v1.SelectMergeStacktracesResponse & querier.v1.SelectMergeStacktracesResponse.$Shape} SelectMergeStacktracesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SelectMergeStacktracesResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.querier.v1.SelectMergeStacktracesResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.flamegraph = $root.querier.v1.FlameGraph.decode(reader, reader.size(), $undefined, _depth + 1, message.flamegraph);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.tree = value;
                            else
                                delete message.tree;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a SelectMergeStacktracesResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof querier.v1.SelectMergeStacktracesResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {querier.v1.SelectMergeStacktracesResponse & querier.v1.SelectMergeStacktracesResponse.$Shape} SelectMergeStacktracesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SelectMergeStacktracesResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SelectMergeStacktracesResponse message.
             * @function verify
             * @memberof querier.v1.SelectMergeStacktracesResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SelectMergeStacktracesResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.flamegraph != null && $Object.hasOwnProperty.call(message, "flamegraph")) {
                    let error = $root.querier.v1.FlameGraph.verify(message.flamegraph, _depth + 1);
                    if (error)
                        return "flamegraph." + error;
                }
                if (message.tree != null && $Object.hasOwnProperty.call(message, "tree"))
                    if (!(message.tree && typeof message.tree.length === "number" || $util.isString(message.tree)))
                        return "tree: buffer expected";
                return null;
            };

            /**
             * Creates a SelectMergeStacktracesResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof querier.v1.SelectMergeStacktracesResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {querier.v1.SelectMergeStacktracesResponse} SelectMergeStacktracesResponse
             */
            SelectMergeStacktracesResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.querier.v1.SelectMergeStacktracesResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".querier.v1.SelectMergeStacktracesResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.querier.v1.SelectMergeStacktracesResponse();
                if (object.flamegraph != null) {
                    if (!$util.isObject(object.flamegraph))
                        throw $TypeError(".querier.v1.SelectMergeStacktracesResponse.flamegraph: object expected");
                    message.flamegraph = $root.querier.v1.FlameGraph.fromObject(object.flamegraph, _depth + 1);
                }
                if (object.tree != null)
                    if (object.tree.length)
                        if (typeof object.tree === "string")
                            $util.base64.decode(object.tree, message.tree = $util.newBuffer($util.base64.length(object.tree)), 0);
                        else if (object.tree.length >= 0)
                            message.tree = object.tree;
                return message;
            };

            /**
             * Creates a plain object from a SelectMergeStacktracesResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof querier.v1.SelectMergeStacktracesResponse
             * @static
             * @param {querier.v1.SelectMergeStacktracesResponse} message SelectMergeStacktracesResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SelectMergeStacktracesResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.flamegraph = null;
                    if (options.bytes === $String)
                        object.tree = "";
                    else {
                        object.tree = [];
                        if (options.bytes !== $Array)
                            object.tree = $util.newBuffer(object.tree);
                    }
                }
                if (message.flamegraph != null && $Object.hasOwnProperty.call(message, "flamegraph"))
                    object.flamegraph = $root.querier.v1.FlameGraph.toObject(message.flamegraph, options, _depth + 1);
                if (message.tree != null && $Object.hasOwnProperty.call(message, "tree"))
                    object.tree = options.bytes === $String ? $util.base64.encode(message.tree, 0, message.tree.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.tree) : message.tree;
                return object;
            };

            /**
             * Converts this SelectMergeStacktracesResponse to JSON.
             * @function toJSON
             * @memberof querier.v1.SelectMergeStacktracesResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SelectMergeStacktracesResponse.prototype.toJSON = function() {
                return SelectMergeStacktracesResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SelectMergeStacktracesResponse
             * @function getTypeUrl
             * @memberof querier.v1.SelectMergeStacktracesResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SelectMergeStacktracesResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/querier.v1.SelectMergeStacktracesResponse";
            };

            return SelectMergeStacktracesResponse;
        })();

        v1.FlameGraph = (function() {

            /**
             * Properties of a FlameGraph.
             * @typedef {Object} querier.v1.FlameGraph.$Properties
             * @property {Array.<string>|null} [names] FlameGraph names
             * @property {Array.<querier.v1.Level.$Properties>|null} [levels] FlameGraph levels
             * @property {number|null} [total] FlameGraph total
             * @property {number|null} [maxSelf] FlameGraph maxSelf
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FlameGraph.
             * @memberof querier.v1
             * @interface IFlameGraph
             * @augments querier.v1.FlameGraph.$Properties
             * @deprecated Use querier.v1.FlameGraph.$Properties instead.
             */

            /**
             * Shape of a FlameGraph.
             * @typedef {querier.v1.FlameGraph.$Properties} querier.v1.FlameGraph.$Shape
             */

            /**
             * Constructs a new FlameGraph.
             * @memberof querier.v1
             * @classdesc Represents a FlameGraph.
             * @constructor
             * @param {querier.v1.FlameGraph.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FlameGraph = function (properties) {
                this.names = [];
                this.levels = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FlameGraph names.
             * @member {Array.<string>} names
             * @memberof querier.v1.FlameGraph
             * @instance
             */
            FlameGraph.prototype.names = $util.emptyArray;

            /**
             * FlameGraph levels.
             * @member {Array.<querier.v1.Level.$Properties>} levels
             * @memberof querier.v1.FlameGraph
             * @instance
             */
            FlameGraph.prototype.levels = $util.emptyArray;

            /**
             * FlameGraph total.
             * @member {number} total
             * @memberof querier.v1.FlameGraph
             * @instance
             */
            FlameGraph.prototype.total = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FlameGraph maxSelf.
             * @member {number} maxSelf
             * @memberof querier.v1.FlameGraph
             * @instance
             */
            FlameGraph.prototype.maxSelf = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new FlameGraph instance using the specified properties.
             * @function create
             * @memberof querier.v1.FlameGraph
             * @static
             * @param {querier.v1.FlameGraph.$Properties=} [properties] Properties to set
             * @returns {querier.v1.FlameGraph} FlameGraph instance
             * @type {{
             *   (properties: querier.v1.FlameGraph.$Shape): querier.v1.FlameGraph & querier.v1.FlameGraph.$Shape;
             *   (properties?: querier.v1.FlameGraph.$Properties): querier.v1.FlameGraph;
             * }}
             */
            FlameGraph.create = function(properties) {
                return new FlameGraph(properties);
            };

            /**
             * Encodes the specified FlameGraph message. Does not implicitly {@link querier.v1.FlameGraph.verify|verify} messages.
             * @function encode
             * @memberof querier.v1.FlameGraph
             * @static
             * @param {querier.v1.FlameGraph.$Properties} message FlameGraph message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FlameGraph.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.names != null && message.names.length)
                    for (let i = 0; i < message.names.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.names[i]);
                if (message.levels != null && message.levels.length)
                    for (let i = 0; i < message.levels.length; ++i)
                        $root.querier.v1.Level.encode(message.levels[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.total != null && $Object.hasOwnProperty.call(message, "total") && (typeof message.total === "object" ? message.total.low || message.total.high : message.total !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.total);
                if (message.maxSelf != null && $Object.hasOwnProperty.call(message, "maxSelf") && (typeof message.maxSelf === "object" ? message.maxSelf.low || message.maxSelf.high : message.maxSelf !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.maxSelf);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified FlameGraph message, length delimited. Does not implicitly {@link querier.v1.FlameGraph.verify|verify} messages.
             * @function encodeDelimited
             * @memberof querier.v1.FlameGraph
             * @static
             * @param {querier.v1.FlameGraph.$Properties} message FlameGraph message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FlameGraph.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a FlameGraph message from the specified reader or buffer.
             * @function decode
             * @memberof querier.v1.FlameGraph
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {querier.v1.FlameGraph & querier.v1.FlameGraph.$Shape} FlameGraph
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FlameGraph.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.querier.v1.FlameGraph();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.names && message.names.length))
                                message.names = [];
                            message.names.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.levels && message.levels.length))
                                message.levels = [];
                            message.levels.push($root.querier.v1.Level.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.total = value;
                            else
                                delete message.total;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.maxSelf = value;
                            else
                                delete message.maxSelf;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a FlameGraph message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof querier.v1.FlameGraph
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {querier.v1.FlameGraph & querier.v1.FlameGraph.$Shape} FlameGraph
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FlameGraph.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a FlameGraph message.
             * @function verify
             * @memberof querier.v1.FlameGraph
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FlameGraph.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.names != null && $Object.hasOwnProperty.call(message, "names")) {
                    if (!$Array.isArray(message.names))
                        return "names: array expected";
                    for (let i = 0; i < message.names.length; ++i)
                        if (!$util.isString(message.names[i]))
                            return "names: string[] expected";
                }
                if (message.levels != null && $Object.hasOwnProperty.call(message, "levels")) {
                    if (!$Array.isArray(message.levels))
                        return "levels: array expected";
                    for (let i = 0; i < message.levels.length; ++i) {
                        let error = $root.querier.v1.Level.verify(message.levels[i], _depth + 1);
                        if (error)
                            return "levels." + error;
                    }
                }
                if (message.total != null && $Object.hasOwnProperty.call(message, "total"))
                    if (!$util.isInteger(message.total) && !(message.total && $util.isInteger(message.total.low) && $util.isInteger(message.total.high)))
                        return "total: integer|Long expected";
                if (message.maxSelf != null && $Object.hasOwnProperty.call(message, "maxSelf"))
                    if (!$util.isInteger(message.maxSelf) && !(message.maxSelf && $util.isInteger(message.maxSelf.low) && $util.isInteger(message.maxSelf.high)))
                        return "maxSelf: integer|Long expected";
                return null;
            };

            /**
             * Creates a FlameGraph message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof querier.v1.FlameGraph
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {querier.v1.FlameGraph} FlameGraph
             */
            FlameGraph.fromObject = function (object, _depth) {
                if (object instanceof $root.querier.v1.FlameGraph)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".querier.v1.FlameGraph: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.querier.v1.FlameGraph();
                if (object.names) {
                    if (!$Array.isArray(object.names))
                        throw $TypeError(".querier.v1.FlameGraph.names: array expected");
                    message.names = $Array(object.names.length);
                    for (let i = 0; i < object.names.length; ++i)
                        message.names[i] = $String(object.names[i]);
                }
                if (object.levels) {
                    if (!$Array.isArray(object.levels))
                        throw $TypeError(".querier.v1.FlameGraph.levels: array expected");
                    message.levels = $Array(object.levels.length);
                    for (let i = 0; i < object.levels.length; ++i) {
                        if (!$util.isObject(object.levels[i]))
                            throw $TypeError(".querier.v1.FlameGraph.levels: object expected");
                        message.levels[i] = $root.querier.v1.Level.fromObject(object.levels[i], _depth + 1);
                    }
                }
                if (object.total != null)
                    if (typeof object.total === "object" ? object.total.low || object.total.high : $Number(object.total) !== 0)
                        if ($util.Long)
                            message.total = $util.Long.fromValue(object.total, false);
                        else if (typeof object.total === "string")
                            message.total = $parseInt(object.total, 10);
                        else if (typeof object.total === "number")
                            message.total = object.total;
                        else if (typeof object.total === "object")
                            message.total = new $util.LongBits(object.total.low >>> 0, object.total.high >>> 0).toNumber();
                if (object.maxSelf != null)
                    if (typeof object.maxSelf === "object" ? object.maxSelf.low || object.maxSelf.high : $Number(object.maxSelf) !== 0)
                        if ($util.Long)
                            message.maxSelf = $util.Long.fromValue(object.maxSelf, false);
                        else if (typeof object.maxSelf === "string")
                            message.maxSelf = $parseInt(object.maxSelf, 10);
                        else if (typeof object.maxSelf === "number")
                            message.maxSelf = object.maxSelf;
                        else if (typeof object.maxSelf === "object")
                            message.maxSelf = new $util.LongBits(object.maxSelf.low >>> 0, object.maxSelf.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a FlameGraph message. Also converts values to other types if specified.
             * @function toObject
             * @memberof querier.v1.FlameGraph
             * @static
             * @param {querier.v1.FlameGraph} message FlameGraph
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FlameGraph.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.names = [];
                    object.levels = [];
                }
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.total = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.total = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.maxSelf = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.maxSelf = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.names && message.names.length) {
                    object.names = $Array(message.names.length);
                    for (let j = 0; j < message.names.length; ++j)
                        object.names[j] = message.names[j];
                }
                if (message.levels && message.levels.length) {
                    object.levels = $Array(message.levels.length);
                    for (let j = 0; j < message.levels.length; ++j)
                        object.levels[j] = $root.querier.v1.Level.toObject(message.levels[j], options, _depth + 1);
                }
                if (message.total != null && $Object.hasOwnProperty.call(message, "total"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.total = typeof message.total === "number" ? $BigInt(message.total) : $util.Long.fromBits(message.total.low >>> 0, message.total.high >>> 0, false).toBigInt();
                    else if (typeof message.total === "number")
                        object.total = options.longs === $String ? $String(message.total) : message.total;
                    else
                        object.total = options.longs === $String ? $util.Long.prototype.toString.call(message.total) : options.longs === $Number ? new $util.LongBits(message.total.low >>> 0, message.total.high >>> 0).toNumber() : message.total;
                if (message.maxSelf != null && $Object.hasOwnProperty.call(message, "maxSelf"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.maxSelf = typeof message.maxSelf === "number" ? $BigInt(message.maxSelf) : $util.Long.fromBits(message.maxSelf.low >>> 0, message.maxSelf.high >>> 0, false).toBigInt();
                    else if (typeof message.maxSelf === "number")
                        object.maxSelf = options.longs === $String ? $String(message.maxSelf) : message.maxSelf;
                    else
                        object.maxSelf = options.longs === $String ? $util.Long.prototype.toString.call(message.maxSelf) : options.longs === $Number ? new $util.LongBits(message.maxSelf.low >>> 0, message.maxSelf.high >>> 0).toNumber() : message.maxSelf;
                return object;
            };

            /**
             * Converts this FlameGraph to JSON.
             * @function toJSON
             * @memberof querier.v1.FlameGraph
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FlameGraph.prototype.toJSON = function() {
                return FlameGraph.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for FlameGraph
             * @function getTypeUrl
             * @memberof querier.v1.FlameGraph
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FlameGraph.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/querier.v1.FlameGraph";
            };

            return FlameGraph;
        })();

        v1.Level = (function() {

            /**
             * Properties of a Level.
             * @typedef {Object} querier.v1.Level.$Properties
             * @property {Array.<number>|null} [values] Level values
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Level.
             * @memberof querier.v1
             * @interface ILevel
             * @augments querier.v1.Level.$Properties
             * @deprecated Use querier.v1.Level.$Properties instead.
             */

            /**
             * Shape of a Level.
             * @typedef {querier.v1.Level.$Properties} querier.v1.Level.$Shape
             */

            /**
             * Constructs a new Level.
             * @memberof querier.v1
             * @classdesc Represents a Level.
             * @constructor
             * @param {querier.v1.Level.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Level = function (properties) {
                this.values = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Level values.
             * @member {Array.<number>} values
             * @memberof querier.v1.Level
             * @instance
             */
            Level.prototype.values = $util.emptyArray;

            /**
             * Creates a new Level instance using the specified properties.
             * @function create
             * @memberof querier.v1.Level
             * @static
             * @param {querier.v1.Level.$Properties=} [properties] Properties to set
             * @returns {querier.v1.Level} Level instance
             * @type {{
             *   (properties: querier.v1.Level.$Shape): querier.v1.Level & querier.v1.Level.$Shape;
             *   (properties?: querier.v1.Level.$Properties): querier.v1.Level;
             * }}
             */
            Level.create = function(properties) {
                return new Level(properties);
            };

            /**
             * Encodes the specified Level message. Does not implicitly {@link querier.v1.Level.verify|verify} messages.
             * @function encode
             * @memberof querier.v1.Level
             * @static
             * @param {querier.v1.Level.$Properties} message Level message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Level.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.values != null && message.values.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).int64s(message.values);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Level message, length delimited. Does not implicitly {@link querier.v1.Level.verify|verify} messages.
             * @function encodeDelimited
             * @memberof querier.v1.Level
             * @static
             * @param {querier.v1.Level.$Properties} message Level message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Level.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Level message from the specified reader or buffer.
             * @function decode
             * @memberof querier.v1.Level
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {querier.v1.Level & querier.v1.Level.$Shape} Level
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Level.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.querier.v1.Level();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType === 2) {
                                if (!(message.values && message.values.length))
                                    message.values = [];
                                reader.int64s(message.values);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.values && message.values.length))
                                message.values = [];
                            message.values.push(reader.int64());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Level message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof querier.v1.Level
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {querier.v1.Level & querier.v1.Level.$Shape} Level
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Level.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Level message.
             * @function verify
             * @memberof querier.v1.Level
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Level.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.values != null && $Object.hasOwnProperty.call(message, "values")) {
                    if (!$Array.isArray(message.values))
                        return "values: array expected";
                    for (let i = 0; i < message.values.length; ++i)
                        if (!$util.isInteger(message.values[i]) && !(message.values[i] && $util.isInteger(message.values[i].low) && $util.isInteger(message.values[i].high)))
                            return "values: integer|Long[] expected";
                }
                return null;
            };

            /**
             * Creates a Level message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof querier.v1.Level
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {querier.v1.Level} Level
             */
            Level.fromObject = function (object, _depth) {
                if (object instanceof $root.querier.v1.Level)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".querier.v1.Level: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.querier.v1.Level();
                if (object.values) {
                    if (!$Array.isArray(object.values))
                        throw $TypeError(".querier.v1.Level.values: array expected");
                    message.values = $Array(object.values.length);
                    for (let i = 0; i < object.values.length; ++i)
                        if ($util.Long)
                            message.values[i] = $util.Long.fromValue(object.values[i], false);
                        else if (typeof object.values[i] === "string")
                            message.values[i] = $parseInt(object.values[i], 10);
                        else if (typeof object.values[i] === "number")
                            message.values[i] = object.values[i];
                        else if (typeof object.values[i] === "object")
                            message.values[i] = new $util.LongBits(object.values[i].low >>> 0, object.values[i].high >>> 0).toNumber();
                }
                return message;
            };

            /**
             * Creates a plain object from a Level message. Also converts values to other types if specified.
             * @function toObject
             * @memberof querier.v1.Level
             * @static
             * @param {querier.v1.Level} message Level
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Level.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.values = [];
                if (message.values && message.values.length) {
                    object.values = $Array(message.values.length);
                    for (let j = 0; j < message.values.length; ++j)
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.values[j] = typeof message.values[j] === "number" ? $BigInt(message.values[j]) : $util.Long.fromBits(message.values[j].low >>> 0, message.values[j].high >>> 0, false).toBigInt();
                        else if (typeof message.values[j] === "number")
                            object.values[j] = options.longs === $String ? $String(message.values[j]) : message.values[j];
                        else
                            object.values[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.values[j]) : options.longs === $Number ? new $util.LongBits(message.values[j].low >>> 0, message.values[j].high >>> 0).toNumber() : message.values[j];
                }
                return object;
            };

            /**
             * Converts this Level to JSON.
             * @function toJSON
             * @memberof querier.v1.Level
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Level.prototype.toJSON = function() {
                return Level.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Level
             * @function getTypeUrl
             * @memberof querier.v1.Level
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Level.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/querier.v1.Level";
            };

            return Level;
        })();

        v1.SelectMergeProfileRequest = (function() {

            /**
             * Properties of a SelectMergeProfileRequest.
             * @typedef {Object} querier.v1.SelectMergeProfileRequest.$Properties
             * @property {string|null} [profileTypeID] SelectMergeProfileRequest profileTypeID
             * @property {string|null} [labelSelector] SelectMergeProfileRequest labelSelector
             * @property {number|null} [start] SelectMergeProfileRequest start
             * @property {number|null} [end] SelectMergeProfileRequest end
             * @property {number|null} [maxNodes] SelectMergeProfileRequest maxNodes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SelectMergeProfileRequest.
             * @memberof querier.v1
             * @interface ISelectMergeProfileRequest
             * @augments querier.v1.SelectMergeProfileRequest.$Properties
             * @deprecated Use querier.v1.SelectMergeProfileRequest.$Properties instead.
             */

            /**
             * Shape of a SelectMergeProfileRequest.
             * @typedef {querier.v1.SelectMergeProfileRequest.$Properties} querier.v1.SelectMergeProfileRequest.$Shape
             */

            /**
             * Constructs a new SelectMergeProfileRequest.
             * @memberof querier.v1
             * @classdesc Represents a SelectMergeProfileRequest.
             * @constructor
             * @param {querier.v1.SelectMergeProfileRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SelectMergeProfileRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SelectMergeProfileRequest profileTypeID.
             * @member {string} profileTypeID
             * @memberof querier.v1.SelectMergeProfileRequest
             * @instance
             */
            SelectMergeProfileRequest.prototype.profileTypeID = "";

            /**
             * SelectMergeProfileRequest labelSelector.
             * @member {string} labelSelector
             * @memberof querier.v1.SelectMergeProfileRequest
             * @instance
             */
            SelectMergeProfileRequest.prototype.labelSelector = "";

            /**
             * SelectMergeProfileRequest start.
             * @member {number} start
             * @memberof querier.v1.SelectMergeProfileRequest
             * @instance
             */
            SelectMergeProfileRequest.prototype.start = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SelectMergeProfileRequest end.
             * @member {number} end
             * @memberof querier.v1.SelectMergeProfileRequest
             * @instance
             */
            SelectMergeProfileRequest.prototype.end = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SelectMergeProfileRequest maxNodes.
             * @member {number|null|undefined} maxNodes
             * @memberof querier.v1.SelectMergeProfileRequest
             * @instance
             */
            SelectMergeProfileRequest.prototype.maxNodes = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SelectMergeProfileRequest.prototype, "_maxNodes", {
                get: $util.oneOfGetter($oneOfFields = ["maxNodes"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new SelectMergeProfileRequest instance using the specified properties.
             * @function create
             * @memberof querier.v1.SelectMergeProfileRequest
             * @static
             * @param {querier.v1.SelectMergeProfileRequest.$Properties=} [properties] Properties to set
             * @returns {querier.v1.SelectMergeProfileRequest} SelectMergeProfileRequest instance
             * @type {{
             *   (properties: querier.v1.SelectMergeProfileRequest.$Shape): querier.v1.SelectMergeProfileRequest & querier.v1.SelectMergeProfileRequest.$Shape;
             *   (properties?: querier.v1.SelectMergeProfileRequest.$Properties): querier.v1.SelectMergeProfileRequest;
             * }}
             */
            SelectMergeProfileRequest.create = function(properties) {
                return new SelectMergeProfileRequest(properties);
            };

            /**
             * Encodes the specified SelectMergeProfileRequest message. Does not implicitly {@link querier.v1.SelectMergeProfileRequest.verify|verify} messages.
             * @function encode
             * @memberof querier.v1.SelectMergeProfileRequest
             * @static
             * @param {querier.v1.SelectMergeProfileRequest.$Properties} message SelectMergeProfileRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SelectMergeProfileRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.profileTypeID != null && $Object.hasOwnProperty.call(message, "profileTypeID") && message.profileTypeID !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.profileTypeID);
                if (message.labelSelector != null && $Object.hasOwnProperty.call(message, "labelSelector") && message.labelSelector !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.labelSelector);
                if (message.start != null && $Object.hasOwnProperty.call(message, "start") && (typeof message.start === "object" ? message.start.low || message.start.high : message.start !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.start);
                if (message.end != null && $Object.hasOwnProperty.call(message, "end") && (typeof message.end === "object" ? message.end.low || message.end.high : message.end !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.end);
                if (message.maxNodes != null && $Object.hasOwnProperty.call(message, "maxNodes"))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.maxNodes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SelectMergeProfileRequest message, length delimited. Does not implicitly {@link querier.v1.SelectMergeProfileRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof querier.v1.SelectMergeProfileRequest
             * @static
             * @param {querier.v1.SelectMergeProfileRequest.$Properties} message SelectMergeProfileRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SelectMergeProfileRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SelectMergeProfileRequest message from the specified reader or buffer.
             * @function decode
             * @memberof querier.v1.SelectMergeProfileRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {querier.v1.SelectMergeProfileRequest & querier.v1.SelectMergeProfileRequest.$Shape} SelectMergeProfileRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SelectMergeProfileRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.querier.v1.SelectMergeProfileRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.profileTypeID = value;
                            else
                                delete message.profileTypeID;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.labelSelector = value;
                            else
                                delete message.labelSelector;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.start = value;
                            else
                                delete message.start;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.end = value;
                            else
                                delete message.end;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            message.maxNodes = reader.int64();
                            message._maxNodes = "maxNodes";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a SelectMergeProfileRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof querier.v1.SelectMergeProfileRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {querier.v1.SelectMergeProfileRequest & querier.v1.SelectMergeProfileRequest.$Shape} SelectMergeProfileRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SelectMergeProfileRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SelectMergeProfileRequest message.
             * @function verify
             * @memberof querier.v1.SelectMergeProfileRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SelectMergeProfileRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.profileTypeID != null && $Object.hasOwnProperty.call(message, "profileTypeID"))
                    if (!$util.isString(message.profileTypeID))
                        return "profileTypeID: string expected";
                if (message.labelSelector != null && $Object.hasOwnProperty.call(message, "labelSelector"))
                    if (!$util.isString(message.labelSelector))
                        return "labelSelector: string expected";
                if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                    if (!$util.isInteger(message.start) && !(message.start && $util.isInteger(message.start.low) && $util.isInteger(message.start.high)))
                        return "start: integer|Long expected";
                if (message.end != null && $Object.hasOwnProperty.call(message, "end"))
                    if (!$util.isInteger(message.end) && !(message.end && $util.isInteger(message.end.low) && $util.isInteger(message.end.high)))
                        return "end: integer|Long expected";
                if (message.maxNodes != null && $Object.hasOwnProperty.call(message, "maxNodes")) {
                    properties._maxNodes = 1;
                    if (!$util.isInteger(message.maxNodes) && !(message.maxNodes && $util.isInteger(message.maxNodes.low) && $util.isInteger(message.maxNodes.high)))
                        return "maxNodes: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a SelectMergeProfileRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof querier.v1.SelectMergeProfileRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {querier.v1.SelectMergeProfileRequest} SelectMergeProfileRequest
             */
            SelectMergeProfileRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.querier.v1.SelectMergeProfileRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".querier.v1.SelectMergeProfileRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.querier.v1.SelectMergeProfileRequest();
                if (object.profileTypeID != null)
                    if (typeof object.profileTypeID !== "string" || object.profileTypeID.length)
                        message.profileTypeID = $String(object.profileTypeID);
                if (object.labelSelector != null)
                    if (typeof object.labelSelector !== "string" || object.labelSelector.length)
                        message.labelSelector = $String(object.labelSelector);
                if (object.start != null)
                    if (typeof object.start === "object" ? object.start.low || object.start.high : $Number(object.start) !== 0)
                        if ($util.Long)
                            message.start = $util.Long.fromValue(object.start, false);
                        else if (typeof object.start === "string")
                            message.start = $parseInt(object.start, 10);
                        else if (typeof object.start === "number")
                            message.start = object.start;
                        else if (typeof object.start === "object")
                            message.start = new $util.LongBits(object.start.low >>> 0, object.start.high >>> 0).toNumber();
                if (object.end != null)
                    if (typeof object.end === "object" ? object.end.low || object.end.high : $Number(object.end) !== 0)
                        if ($util.Long)
                            message.end = $util.Long.fromValue(object.end, false);
                        else if (typeof object.end === "string")
                            message.end = $parseInt(object.end, 10);
                        else if (typeof object.end === "number")
                            message.end = object.end;
                        else if (typeof object.end === "object")
                            message.end = new $util.LongBits(object.end.low >>> 0, object.end.high >>> 0).toNumber();
                if (object.maxNodes != null)
                    if ($util.Long)
                        message.maxNodes = $util.Long.fromValue(object.maxNodes, false);
                    else if (typeof object.maxNodes === "string")
                        message.maxNodes = $parseInt(object.maxNodes, 10);
                    else if (typeof object.maxNodes === "number")
                        message.maxNodes = object.maxNodes;
                    else if (typeof object.maxNodes === "object")
                        message.maxNodes = new $util.LongBits(object.maxNodes.low >>> 0, object.maxNodes.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a SelectMergeProfileRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof querier.v1.SelectMergeProfileRequest
             * @static
             * @param {querier.v1.SelectMergeProfileRequest} message SelectMergeProfileRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SelectMergeProfileRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.profileTypeID = "";
                    object.labelSelector = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.start = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.start = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.end = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.end = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.profileTypeID != null && $Object.hasOwnProperty.call(message, "profileTypeID"))
                    object.profileTypeID = message.profileTypeID;
                if (message.labelSelector != null && $Object.hasOwnProperty.call(message, "labelSelector"))
                    object.labelSelector = message.labelSelector;
                if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.start = typeof message.start === "number" ? $BigInt(message.start) : $util.Long.fromBits(message.start.low >>> 0, message.start.high >>> 0, false).toBigInt();
                    else if (typeof message.start === "number")
                        object.start = options.longs === $String ? $String(message.start) : message.start;
                    else
                        object.start = options.longs === $String ? $util.Long.prototype.toString.call(message.start) : options.longs === $Number ? new $util.LongBits(message.start.low >>> 0, message.start.high >>> 0).toNumber() : message.start;
                if (message.end != null && $Object.hasOwnProperty.call(message, "end"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.end = typeof message.end === "number" ? $BigInt(message.end) : $util.Long.fromBits(message.end.low >>> 0, message.end.high >>> 0, false).toBigInt();
                    else if (typeof message.end === "number")
                        object.end = options.longs === $String ? $String(message.end) : message.end;
                    else
                        object.end = options.longs === $String ? $util.Long.prototype.toString.call(message.end) : options.longs === $Number ? new $util.LongBits(message.end.low >>> 0, message.end.high >>> 0).toNumber() : message.end;
                if (message.maxNodes != null && $Object.hasOwnProperty.call(message, "maxNodes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.maxNodes = typeof message.maxNodes === "number" ? $BigInt(message.maxNodes) : $util.Long.fromBits(message.maxNodes.low >>> 0, message.maxNodes.high >>> 0, false).toBigInt();
                    else if (typeof message.maxNodes === "number")
                        object.maxNodes = options.longs === $String ? $String(message.maxNodes) : message.maxNodes;
                    else
                        object.maxNodes = options.longs === $String ? $util.Long.prototype.toString.call(message.maxNodes) : options.longs === $Number ? new $util.LongBits(message.maxNodes.low >>> 0, message.maxNodes.high >>> 0).toNumber() : message.maxNodes;
                return object;
            };

            /**
             * Converts this SelectMergeProfileRequest to JSON.
             * @function toJSON
             * @memberof querier.v1.SelectMergeProfileRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SelectMergeProfileRequest.prototype.toJSON = function() {
                return SelectMergeProfileRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SelectMergeProfileRequest
             * @function getTypeUrl
             * @memberof querier.v1.SelectMergeProfileRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SelectMergeProfileRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/querier.v1.SelectMergeProfileRequest";
            };

            return SelectMergeProfileRequest;
        })();

        v1.SelectSeriesRequest = (function() {

            /**
             * Properties of a SelectSeriesRequest.
             * @typedef {Object} querier.v1.SelectSeriesRequest.$Properties
             * @property {string|null} [profileTypeID] SelectSeriesRequest profileTypeID
             * @property {string|null} [labelSelector] SelectSeriesRequest labelSelector
             * @property {number|null} [start] SelectSeriesRequest start
             * @property {number|null} [end] SelectSeriesRequest end
             * @property {Array.<string>|null} [groupBy] SelectSeriesRequest groupBy
             * @property {number|null} [step] SelectSeriesRequest step
             * @property {types.v1.TimeSeriesAggregationType|null} [aggregation] SelectSeriesRequest aggregation
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SelectSeriesRequest.
             * @memberof querier.v1
             * @interface ISelectSeriesRequest
             * @augments querier.v1.SelectSeriesRequest.$Properties
             * @deprecated Use querier.v1.SelectSeriesRequest.$Properties instead.
             */

            /**
             * Shape of a SelectSeriesRequest.
             * @typedef {querier.v1.SelectSeriesRequest.$Properties} querier.v1.SelectSeriesRequest.$Shape
             */

            /**
             * Constructs a new SelectSeriesRequest.
             * @memberof querier.v1
             * @classdesc Represents a SelectSeriesRequest.
             * @constructor
             * @param {querier.v1.SelectSeriesRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SelectSeriesRequest = function (properties) {
                this.groupBy = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SelectSeriesRequest profileTypeID.
             * @member {string} profileTypeID
             * @memberof querier.v1.SelectSeriesRequest
             * @instance
             */
            SelectSeriesRequest.prototype.profileTypeID = "";

            /**
             * SelectSeriesRequest labelSelector.
             * @member {string} labelSelector
             * @memberof querier.v1.SelectSeriesRequest
             * @instance
             */
            SelectSeriesRequest.prototype.labelSelector = "";

            /**
             * SelectSeriesRequest start.
             * @member {number} start
             * @memberof querier.v1.SelectSeriesRequest
             * @instance
             */
            SelectSeriesRequest.prototype.start = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SelectSeriesRequest end.
             * @member {number} end
             * @memberof querier.v1.SelectSeriesRequest
             * @instance
             */
            SelectSeriesRequest.prototype.end = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SelectSeriesRequest groupBy.
             * @member {Array.<string>} groupBy
             * @memberof querier.v1.SelectSeriesRequest
             * @instance
             */
            SelectSeriesRequest.prototype.groupBy = $util.emptyArray;

            /**
             * SelectSeriesRequest step.
             * @member {number} step
             * @memberof querier.v1.SelectSeriesRequest
             * @instance
             */
            SelectSeriesRequest.prototype.step = 0;

            /**
             * SelectSeriesRequest aggregation.
             * @member {types.v1.TimeSeriesAggregationType|null|undefined} aggregation
             * @memberof querier.v1.SelectSeriesRequest
             * @instance
             */
            SelectSeriesRequest.prototype.aggregation = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SelectSeriesRequest.prototype, "_aggregation", {
                get: $util.oneOfGetter($oneOfFields = ["aggregation"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new SelectSeriesRequest instance using the specified properties.
             * @function create
             * @memberof querier.v1.SelectSeriesRequest
             * @static
             * @param {querier.v1.SelectSeriesRequest.$Properties=} [properties] Properties to set
             * @returns {querier.v1.SelectSeriesRequest} SelectSeriesRequest instance
             * @type {{
             *   (properties: querier.v1.SelectSeriesRequest.$Shape): querier.v1.SelectSeriesRequest & querier.v1.SelectSeriesRequest.$Shape;
             *   (properties?: querier.v1.SelectSeriesRequest.$Properties): querier.v1.SelectSeriesRequest;
             * }}
             */
            SelectSeriesRequest.create = function(properties) {
                return new SelectSeriesRequest(properties);
            };

            /**
             * Encodes the specified SelectSeriesRequest message. Does not implicitly {@link querier.v1.SelectSeriesRequest.verify|verify} messages.
             * @function encode
             * @memberof querier.v1.SelectSeriesRequest
             * @static
             * @param {querier.v1.SelectSeriesRequest.$Properties} message SelectSeriesRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SelectSeriesRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.profileTypeID != null && $Object.hasOwnProperty.call(message, "profileTypeID") && message.profileTypeID !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.profileTypeID);
                if (message.labelSelector != null && $Object.hasOwnProperty.call(message, "labelSelector") && message.labelSelector !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.labelSelector);
                if (message.start != null && $Object.hasOwnProperty.call(message, "start") && (typeof message.start === "object" ? message.start.low || message.start.high : message.start !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.start);
                if (message.end != null && $Object.hasOwnProperty.call(message, "end") && (typeof message.end === "object" ? message.end.low || message.end.high : message.end !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.end);
                if (message.groupBy != null && message.groupBy.length)
                    for (let i = 0; i < message.groupBy.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.groupBy[i]);
                if (message.step != null && $Object.hasOwnProperty.call(message, "step") && !$Object.is(message.step, 0))
                    writer.uint32(/* id 6, wireType 1 =*/49).double(message.step);
                if (message.aggregation != null && $Object.hasOwnProperty.call(message, "aggregation"))
                    writer.uint32(/* id 7, wireType 0 =*/56).int32(message.aggregation);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SelectSeriesRequest message, length delimited. Does not implicitly {@link querier.v1.SelectSeriesRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof querier.v1.SelectSeriesRequest
             * @static
             * @param {querier.v1.SelectSeriesRequest.$Properties} message SelectSeriesRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SelectSeriesRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SelectSeriesRequest message from the specified reader or buffer.
             * @function decode
             * @memberof querier.v1.SelectSeriesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {querier.v1.SelectSeriesRequest & querier.v1.SelectSeriesRequest.$Shape} SelectSeriesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SelectSeriesRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.querier.v1.SelectSeriesRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.profileTypeID = value;
                            else
                                delete message.profileTypeID;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.labelSelector = value;
                            else
                                delete message.labelSelector;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.start = value;
                            else
                                delete message.start;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.end = value;
                            else
                                delete message.end;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.groupBy && message.groupBy.length))
                                message.groupBy = [];
                            message.groupBy.push(reader.stringVerify());
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.step = value;
                            else
                                delete message.step;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            message.aggregation = reader.int32();
                            message._aggregation = "aggregation";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a SelectSeriesRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof querier.v1.SelectSeriesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {querier.v1.SelectSeriesRequest & querier.v1.SelectSeriesRequest.$Shape} SelectSeriesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SelectSeriesRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SelectSeriesRequest message.
             * @function verify
             * @memberof querier.v1.SelectSeriesRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SelectSeriesRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.profileTypeID != null && $Object.hasOwnProperty.call(message, "profileTypeID"))
                    if (!$util.isString(message.profileTypeID))
                        return "profileTypeID: string expected";
                if (message.labelSelector != null && $Object.hasOwnProperty.call(message, "labelSelector"))
                    if (!$util.isString(message.labelSelector))
                        return "labelSelector: string expected";
                if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                    if (!$util.isInteger(message.start) && !(message.start && $util.isInteger(message.start.low) && $util.isInteger(message.start.high)))
                        return "start: integer|Long expected";
                if (message.end != null && $Object.hasOwnProperty.call(message, "end"))
                    if (!$util.isInteger(message.end) && !(message.end && $util.isInteger(message.end.low) && $util.isInteger(message.end.high)))
                        return "end: integer|Long expected";
                if (message.groupBy != null && $Object.hasOwnProperty.call(message, "groupBy")) {
                    if (!$Array.isArray(message.groupBy))
                        return "groupBy: array expected";
                    for (let i = 0; i < message.groupBy.length; ++i)
                        if (!$util.isString(message.groupBy[i]))
                            return "groupBy: string[] expected";
                }
                if (message.step != null && $Object.hasOwnProperty.call(message, "step"))
                    if (typeof message.step !== "number")
                        return "step: number expected";
                if (message.aggregation != null && $Object.hasOwnProperty.call(message, "aggregation")) {
                    properties._aggregation = 1;
                    if (typeof message.aggregation !== "number" || (message.aggregation | 0) !== message.aggregation)
                        return "aggregation: enum value expected";
                }
                return null;
            };

            /**
             * Creates a SelectSeriesRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof querier.v1.SelectSeriesRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {querier.v1.SelectSeriesRequest} SelectSeriesRequest
             */
            SelectSeriesRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.querier.v1.SelectSeriesRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".querier.v1.SelectSeriesRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.querier.v1.SelectSeriesRequest();
                if (object.profileTypeID != null)
                    if (typeof object.profileTypeID !== "string" || object.profileTypeID.length)
                        message.profileTypeID = $String(object.profileTypeID);
                if (object.labelSelector != null)
                    if (typeof object.labelSelector !== "string" || object.labelSelector.length)
                        message.labelSelector = $String(object.labelSelector);
                if (object.start != null)
                    if (typeof object.start === "object" ? object.start.low || object.start.high : $Number(object.start) !== 0)
                        if ($util.Long)
                            message.start = $util.Long.fromValue(object.start, false);
                        else if (typeof object.start === "string")
                            message.start = $parseInt(object.start, 10);
                        else if (typeof object.start === "number")
                            message.start = object.start;
                        else if (typeof object.start === "object")
                            message.start = new $util.LongBits(object.start.low >>> 0, object.start.high >>> 0).toNumber();
                if (object.end != null)
                    if (typeof object.end === "object" ? object.end.low || object.end.high : $Number(object.end) !== 0)
                        if ($util.Long)
                            message.end = $util.Long.fromValue(object.end, false);
                        else if (typeof object.end === "string")
                            message.end = $parseInt(object.end, 10);
                        else if (typeof object.end === "number")
                            message.end = object.end;
                        else if (typeof object.end === "object")
                            message.end = new $util.LongBits(object.end.low >>> 0, object.end.high >>> 0).toNumber();
                if (object.groupBy) {
                    if (!$Array.isArray(object.groupBy))
                        throw $TypeError(".querier.v1.SelectSeriesRequest.groupBy: array expected");
                    message.groupBy = $Array(object.groupBy.length);
                    for (let i = 0; i < object.groupBy.length; ++i)
                        message.groupBy[i] = $String(object.groupBy[i]);
                }
                if (object.step != null)
                    if (!$Object.is($Number(object.step), 0))
                        message.step = $Number(object.step);
                switch (object.aggregation) {
                case "TIME_SERIES_AGGREGATION_TYPE_SUM":
                case 0:
                    message.aggregation = 0;
                    break;
                case "TIME_SERIES_AGGREGATION_TYPE_AVERAGE":
                case 1:
                    message.aggregation = 1;
                    break;
                default:
                    if (typeof object.aggregation === "number" && (object.aggregation | 0) === object.aggregation)
                        message.aggregation = object.aggregation;
                }
                return message;
            };

            /**
             * Creates a plain object from a SelectSeriesRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof querier.v1.SelectSeriesRequest
             * @static
             * @param {querier.v1.SelectSeriesRequest} message SelectSeriesRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SelectSeriesRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.groupBy = [];
                if (options.defaults) {
                    object.profileTypeID = "";
                    object.labelSelector = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.start = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.start = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.end = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.end = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.step = 0;
                }
                if (message.profileTypeID != null && $Object.hasOwnProperty.call(message, "profileTypeID"))
                    object.profileTypeID = message.profileTypeID;
                if (message.labelSelector != null && $Object.hasOwnProperty.call(message, "labelSelector"))
                    object.labelSelector = message.labelSelector;
                if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.start = typeof message.start === "number" ? $BigInt(message.start) : $util.Long.fromBits(message.start.low >>> 0, message.start.high >>> 0, false).toBigInt();
                    else if (typeof message.start === "number")
                        object.start = options.longs === $String ? $String(message.start) : message.start;
                    else
                        object.start = options.longs === $String ? $util.Long.prototype.toString.call(message.start) : options.longs === $Number ? new $util.LongBits(message.start.low >>> 0, message.start.high >>> 0).toNumber() : message.start;
                if (message.end != null && $Object.hasOwnProperty.call(message, "end"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.end = typeof message.end === "number" ? $BigInt(message.end) : $util.Long.fromBits(message.end.low >>> 0, message.end.high >>> 0, false).toBigInt();
                    else if (typeof message.end === "number")
                        object.end = options.longs === $String ? $String(message.end) : message.end;
                    else
                        object.end = options.longs === $String ? $util.Long.prototype.toString.call(message.end) : options.longs === $Number ? new $util.LongBits(message.end.low >>> 0, message.end.high >>> 0).toNumber() : message.end;
                if (message.groupBy && message.groupBy.length) {
                    object.groupBy = $Array(message.groupBy.length);
                    for (let j = 0; j < message.groupBy.length; ++j)
                        object.groupBy[j] = message.groupBy[j];
                }
                if (message.step != null && $Object.hasOwnProperty.call(message, "step"))
                    object.step = options.json && !$isFinite(message.step) ? $String(message.step) : message.step;
                if (message.aggregation != null && $Object.hasOwnProperty.call(message, "aggregation"))
                    object.aggregation = options.enums === $String ? $root.types.v1.TimeSeriesAggregationType[message.aggregation] === $undefined ? message.aggregation : $root.types.v1.TimeSeriesAggregationType[message.aggregation] : message.aggregation;
                return object;
            };

            /**
             * Converts this SelectSeriesRequest to JSON.
             * @function toJSON
             * @memberof querier.v1.SelectSeriesRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SelectSeriesRequest.prototype.toJSON = function() {
                return SelectSeriesRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SelectSeriesRequest
             * @function getTypeUrl
             * @memberof querier.v1.SelectSeriesRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SelectSeriesRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/querier.v1.SelectSeriesRequest";
            };

            return SelectSeriesRequest;
        })();

        v1.SelectSeriesResponse = (function() {

            /**
             * Properties of a SelectSeriesResponse.
             * @typedef {Object} querier.v1.SelectSeriesResponse.$Properties
             * @property {Array.<types.v1.Series.$Properties>|null} [series] SelectSeriesResponse series
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SelectSeriesResponse.
             * @memberof querier.v1
             * @interface ISelectSeriesResponse
             * @augments querier.v1.SelectSeriesResponse.$Properties
             * @deprecated Use querier.v1.SelectSeriesResponse.$Properties instead.
             */

            /**
             * Shape of a SelectSeriesResponse.
             * @typedef {querier.v1.SelectSeriesResponse.$Properties} querier.v1.SelectSeriesResponse.$Shape
             */

            /**
             * Constructs a new SelectSeriesResponse.
             * @memberof querier.v1
             * @classdesc Represents a SelectSeriesResponse.
             * @constructor
             * @param {querier.v1.SelectSeriesResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SelectSeriesResponse = function (properties) {
                this.series = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SelectSeriesResponse series.
             * @member {Array.<types.v1.Series.$Properties>} series
             * @memberof querier.v1.SelectSeriesResponse
             * @instance
             */
            SelectSeriesResponse.prototype.series = $util.emptyArray;

            /**
             * Creates a new SelectSeriesResponse instance using the specified properties.
             * @function create
             * @memberof querier.v1.SelectSeriesResponse
             * @static
             * @param {querier.v1.SelectSeriesResponse.$Properties=} [properties] Properties to set
             * @returns {querier.v1.SelectSeriesResponse} SelectSeriesResponse instance
             * @type {{
             *   (properties: querier.v1.SelectSeriesResponse.$Shape): querier.v1.SelectSeriesResponse & querier.v1.SelectSeriesResponse.$Shape;
             *   (properties?: querier.v1.SelectSeriesResponse.$Properties): querier.v1.SelectSeriesResponse;
             * }}
             */
            SelectSeriesResponse.create = function(properties) {
                return new SelectSeriesResponse(properties);
            };

            /**
             * Encodes the specified SelectSeriesResponse message. Does not implicitly {@link querier.v1.SelectSeriesResponse.verify|verify} messages.
             * @function encode
             * @memberof querier.v1.SelectSeriesResponse
             * @static
             * @param {querier.v1.SelectSeriesResponse.$Properties} message SelectSeriesResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SelectSeriesResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.series != null && message.series.length)
                    for (let i = 0; i < message.series.length; ++i)
                        $root.types.v1.Series.encode(message.series[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SelectSeriesResponse message, length delimited. Does not implicitly {@link querier.v1.SelectSeriesResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof querier.v1.SelectSeriesResponse
             * @static
             * @param {querier.v1.SelectSeriesResponse.$Properties} message SelectSeriesResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SelectSeriesResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SelectSeriesResponse message from the specified reader or buffer.
             * @function decode
             * @memberof querier.v1.SelectSeriesResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {querier.v1.SelectSeriesResponse & querier.v1.SelectSeriesResponse.$Shape} SelectSeriesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SelectSeriesResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.querier.v1.SelectSeriesResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.series && message.series.length))
                                message.series = [];
                            message.series.push($root.types.v1.Series.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a SelectSeriesResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof querier.v1.SelectSeriesResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {querier.v1.SelectSeriesResponse & querier.v1.SelectSeriesResponse.$Shape} SelectSeriesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SelectSeriesResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SelectSeriesResponse message.
             * @function verify
             * @memberof querier.v1.SelectSeriesResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SelectSeriesResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.series != null && $Object.hasOwnProperty.call(message, "series")) {
                    if (!$Array.isArray(message.series))
                        return "series: array expected";
                    for (let i = 0; i < message.series.length; ++i) {
                        let error = $root.types.v1.Series.verify(message.series[i], _depth + 1);
                        if (error)
                            return "series." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a SelectSeriesResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof querier.v1.SelectSeriesResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {querier.v1.SelectSeriesResponse} SelectSeriesResponse
             */
            SelectSeriesResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.querier.v1.SelectSeriesResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".querier.v1.SelectSeriesResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.querier.v1.SelectSeriesResponse();
                if (object.series) {
                    if (!$Array.isArray(object.series))
                        throw $TypeError(".querier.v1.SelectSeriesResponse.series: array expected");
                    message.series = $Array(object.series.length);
                    for (let i = 0; i < object.series.length; ++i) {
                        if (!$util.isObject(object.series[i]))
                            throw $TypeError(".querier.v1.SelectSeriesResponse.series: object expected");
                        message.series[i] = $root.types.v1.Series.fromObject(object.series[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a SelectSeriesResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof querier.v1.SelectSeriesResponse
             * @static
             * @param {querier.v1.SelectSeriesResponse} message SelectSeriesResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SelectSeriesResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.series = [];
                if (message.series && message.series.length) {
                    object.series = $Array(message.series.length);
                    for (let j = 0; j < message.series.length; ++j)
                        object.series[j] = $root.types.v1.Series.toObject(message.series[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this SelectSeriesResponse to JSON.
             * @function toJSON
             * @memberof querier.v1.SelectSeriesResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SelectSeriesResponse.prototype.toJSON = function() {
                return SelectSeriesResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SelectSeriesResponse
             * @function getTypeUrl
             * @memberof querier.v1.SelectSeriesResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SelectSeriesResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/querier.v1.SelectSeriesResponse";
            };

            return SelectSeriesResponse;
        })();

        return v1;
    })();

    return querier;
})();

export const ingester = $root.ingester = (() => {

    /**
     * Namespace ingester.
     * @exports ingester
     * @namespace
     */
    const ingester = {};

    ingester.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof ingester
         * @namespace
         */
        const v1 = {};

        v1.IngesterService = (function() {

            /**
             * Constructs a new IngesterService service.
             * @memberof ingester.v1
             * @classdesc Represents an IngesterService
             * @extends $protobuf.rpc.Service
             * @constructor
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             */
            const IngesterService = function(rpcImpl, requestDelimited, responseDelimited) {
                $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
            };

            $Object.defineProperty(IngesterService.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: IngesterService, writable: true, enumerable: false, configurable: true });

            /**
             * Creates new IngesterService service using the specified rpc implementation.
             * @function create
             * @memberof ingester.v1.IngesterService
             * @static
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             * @returns {IngesterService} RPC service. Useful where requests and/or responses are streamed.
             */
            IngesterService.create = function(rpcImpl, requestDelimited, responseDelimited) {
                return new this(rpcImpl, requestDelimited, responseDelimited);
            };

            /**
             * Callback as used by {@link ingester.v1.IngesterService#push}.
             * @memberof ingester.v1.IngesterService
             * @typedef PushCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {push.v1.PushResponse} [response] PushResponse
             */

            /**
             * Calls Push.
             * @memberof ingester.v1.IngesterService
             * @typedef Push
             * @type {{
             *   (request: push.v1.IPushRequest, callback: ingester.v1.IngesterService.PushCallback): void;
             *   (request: push.v1.IPushRequest): Promise<push.v1.PushResponse>;
             *   readonly name: "Push";
             *   readonly path: "/ingester.v1.IngesterService/Push";
             *   readonly requestType: "push.v1.PushRequest";
             *   readonly responseType: "push.v1.PushResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls Push.
             * @name ingester.v1.IngesterService#push
             * @type {ingester.v1.IngesterService.Push}
             */
            $Object.defineProperties(IngesterService.prototype.push = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, IngesterService.prototype.push, $root.push.v1.PushRequest, $root.push.v1.PushResponse, request, callback);
            }, {
                name: { value: "Push" },
                path: { value: "/ingester.v1.IngesterService/Push" },
                requestType: { value: "push.v1.PushRequest" },
                responseType: { value: "push.v1.PushResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link ingester.v1.IngesterService#labelValues}.
             * @memberof ingester.v1.IngesterService
             * @typedef LabelValuesCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {types.v1.LabelValuesResponse} [response] LabelValuesResponse
             */

            /**
             * Calls LabelValues.
             * @memberof ingester.v1.IngesterService
             * @typedef LabelValues
             * @type {{
             *   (request: types.v1.ILabelValuesRequest, callback: ingester.v1.IngesterService.LabelValuesCallback): void;
             *   (request: types.v1.ILabelValuesRequest): Promise<types.v1.LabelValuesResponse>;
             *   readonly name: "LabelValues";
             *   readonly path: "/ingester.v1.IngesterService/LabelValues";
             *   readonly requestType: "types.v1.LabelValuesRequest";
             *   readonly responseType: "types.v1.LabelValuesResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls LabelValues.
             * @name ingester.v1.IngesterService#labelValues
             * @type {ingester.v1.IngesterService.LabelValues}
             */
            $Object.defineProperties(IngesterService.prototype.labelValues = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, IngesterService.prototype.labelValues, $root.types.v1.LabelValuesRequest, $root.types.v1.LabelValuesResponse, request, callback);
            }, {
                name: { value: "LabelValues" },
                path: { value: "/ingester.v1.IngesterService/LabelValues" },
                requestType: { value: "types.v1.LabelValuesRequest" },
                responseType: { value: "types.v1.LabelValuesResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link ingester.v1.IngesterService#labelNames}.
             * @memberof ingester.v1.IngesterService
             * @typedef LabelNamesCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {types.v1.LabelNamesResponse} [response] LabelNamesResponse
             */

            /**
             * Calls LabelNames.
             * @memberof ingester.v1.IngesterService
             * @typedef LabelNames
             * @type {{
             *   (request: types.v1.ILabelNamesRequest, callback: ingester.v1.IngesterService.LabelNamesCallback): void;
             *   (request: types.v1.ILabelNamesRequest): Promise<types.v1.LabelNamesResponse>;
             *   readonly name: "LabelNames";
             *   readonly path: "/ingester.v1.IngesterService/LabelNames";
             *   readonly requestType: "types.v1.LabelNamesRequest";
             *   readonly responseType: "types.v1.LabelNamesResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls LabelNames.
             * @name ingester.v1.IngesterService#labelNames
             * @type {ingester.v1.IngesterService.LabelNames}
             */
            $Object.defineProperties(IngesterService.prototype.labelNames = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, IngesterService.prototype.labelNames, $root.types.v1.LabelNamesRequest, $root.types.v1.LabelNamesResponse, request, callback);
            }, {
                name: { value: "LabelNames" },
                path: { value: "/ingester.v1.IngesterService/LabelNames" },
                requestType: { value: "types.v1.LabelNamesRequest" },
                responseType: { value: "types.v1.LabelNamesResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link ingester.v1.IngesterService#profileTypes}.
             * @memberof ingester.v1.IngesterService
             * @typedef ProfileTypesCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {querier.v1.ProfileTypesResponse} [response] ProfileTypesResponse
             */

            /**
             * Calls ProfileTypes.
             * @memberof ingester.v1.IngesterService
             * @typedef ProfileTypes
             * @type {{
             *   (request: querier.v1.IProfileTypesRequest, callback: ingester.v1.IngesterService.ProfileTypesCallback): void;
             *   (request: querier.v1.IProfileTypesRequest): Promise<querier.v1.ProfileTypesResponse>;
             *   readonly name: "ProfileTypes";
             *   readonly path: "/ingester.v1.IngesterService/ProfileTypes";
             *   readonly requestType: "querier.v1.ProfileTypesRequest";
             *   readonly responseType: "querier.v1.ProfileTypesResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls ProfileTypes.
             * @name ingester.v1.IngesterService#profileTypes
             * @type {ingester.v1.IngesterService.ProfileTypes}
             */
            $Object.defineProperties(IngesterService.prototype.profileTypes = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, IngesterService.prototype.profileTypes, $root.querier.v1.ProfileTypesRequest, $root.querier.v1.ProfileTypesResponse, request, callback);
            }, {
                name: { value: "ProfileTypes" },
                path: { value: "/ingester.v1.IngesterService/ProfileTypes" },
                requestType: { value: "querier.v1.ProfileTypesRequest" },
                responseType: { value: "querier.v1.ProfileTypesResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link ingester.v1.IngesterService#series}.
             * @memberof ingester.v1.IngesterService
             * @typedef SeriesCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {querier.v1.SeriesResponse} [response] SeriesResponse
             */

            /**
             * Calls Series.
             * @memberof ingester.v1.IngesterService
             * @typedef Series
             * @type {{
             *   (request: querier.v1.ISeriesRequest, callback: ingester.v1.IngesterService.SeriesCallback): void;
             *   (request: querier.v1.ISeriesRequest): Promise<querier.v1.SeriesResponse>;
             *   readonly name: "Series";
             *   readonly path: "/ingester.v1.IngesterService/Series";
             *   readonly requestType: "querier.v1.SeriesRequest";
             *   readonly responseType: "querier.v1.SeriesResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls Series.
             * @name ingester.v1.IngesterService#series
             * @type {ingester.v1.IngesterService.Series}
             */
            $Object.defineProperties(IngesterService.prototype.series = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, IngesterService.prototype.series, $root.querier.v1.SeriesRequest, $root.querier.v1.SeriesResponse, request, callback);
            }, {
                name: { value: "Series" },
                path: { value: "/ingester.v1.IngesterService/Series" },
                requestType: { value: "querier.v1.SeriesRequest" },
                responseType: { value: "querier.v1.SeriesResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link ingester.v1.IngesterService#selectProfiles}.
             * @memberof ingester.v1.IngesterService
             * @typedef SelectProfilesCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {ingester.v1.SelectProfilesResponse} [response] SelectProfilesResponse
             */

            /**
             * Calls SelectProfiles.
             * @memberof ingester.v1.IngesterService
             * @typedef SelectProfiles
             * @type {{
             *   (request: ingester.v1.IProfileSelector, callback: ingester.v1.IngesterService.SelectProfilesCallback): void;
             *   (request: ingester.v1.IProfileSelector): Promise<ingester.v1.SelectProfilesResponse>;
             *   readonly name: "SelectProfiles";
             *   readonly path: "/ingester.v1.IngesterService/SelectProfiles";
             *   readonly requestType: "ProfileSelector";
             *   readonly responseType: "SelectProfilesResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls SelectProfiles.
             * @name ingester.v1.IngesterService#selectProfiles
             * @type {ingester.v1.IngesterService.SelectProfiles}
             */
            $Object.defineProperties(IngesterService.prototype.selectProfiles = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, IngesterService.prototype.selectProfiles, $root.ingester.v1.ProfileSelector, $root.ingester.v1.SelectProfilesResponse, request, callback);
            }, {
                name: { value: "SelectProfiles" },
                path: { value: "/ingester.v1.IngesterService/SelectProfiles" },
                requestType: { value: "ProfileSelector" },
                responseType: { value: "SelectProfilesResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link ingester.v1.IngesterService#mergeStacktraces}.
             * @memberof ingester.v1.IngesterService
             * @typedef MergeStacktracesCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {ingester.v1.MergeStacktracesResponse} [response] MergeStacktracesResponse
             */

            /**
             * Calls MergeStacktraces.
             * @memberof ingester.v1.IngesterService
             * @typedef MergeStacktraces
             * @type {{
             *   (request: ingester.v1.IMergeRequest, callback: ingester.v1.IngesterService.MergeStacktracesCallback): void;
             *   (request: ingester.v1.IMergeRequest): Promise<ingester.v1.MergeStacktracesResponse>;
             *   readonly name: "MergeStacktraces";
             *   readonly path: "/ingester.v1.IngesterService/MergeStacktraces";
             *   readonly requestType: "MergeRequest";
             *   readonly responseType: "MergeStacktracesResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls MergeStacktraces.
             * @name ingester.v1.IngesterService#mergeStacktraces
             * @type {ingester.v1.IngesterService.MergeStacktraces}
             */
            $Object.defineProperties(IngesterService.prototype.mergeStacktraces = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, IngesterService.prototype.mergeStacktraces, $root.ingester.v1.MergeRequest, $root.ingester.v1.MergeStacktracesResponse, request, callback);
            }, {
                name: { value: "MergeStacktraces" },
                path: { value: "/ingester.v1.IngesterService/MergeStacktraces" },
                requestType: { value: "MergeRequest" },
                responseType: { value: "MergeStacktracesResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link ingester.v1.IngesterService#mergeProfile}.
             * @memberof ingester.v1.IngesterService
             * @typedef MergeProfileCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {google.v1.Profile} [response] Profile
             */

            /**
             * Calls MergeProfile.
             * @memberof ingester.v1.IngesterService
             * @typedef MergeProfile
             * @type {{
             *   (request: ingester.v1.IMergeRequest, callback: ingester.v1.IngesterService.MergeProfileCallback): void;
             *   (request: ingester.v1.IMergeRequest): Promise<google.v1.Profile>;
             *   readonly name: "MergeProfile";
             *   readonly path: "/ingester.v1.IngesterService/MergeProfile";
             *   readonly requestType: "MergeRequest";
             *   readonly responseType: "google.v1.Profile";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls MergeProfile.
             * @name ingester.v1.IngesterService#mergeProfile
             * @type {ingester.v1.IngesterService.MergeProfile}
             */
            $Object.defineProperties(IngesterService.prototype.mergeProfile = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, IngesterService.prototype.mergeProfile, $root.ingester.v1.MergeRequest, $root.google.v1.Profile, request, callback);
            }, {
                name: { value: "MergeProfile" },
                path: { value: "/ingester.v1.IngesterService/MergeProfile" },
                requestType: { value: "MergeRequest" },
                responseType: { value: "google.v1.Profile" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link ingester.v1.IngesterService#flush}.
             * @memberof ingester.v1.IngesterService
             * @typedef FlushCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {ingester.v1.FlushResponse} [response] FlushResponse
             */

            /**
             * Calls Flush.
             * @memberof ingester.v1.IngesterService
             * @typedef Flush
             * @type {{
             *   (request: ingester.v1.IFlushRequest, callback: ingester.v1.IngesterService.FlushCallback): void;
             *   (request: ingester.v1.IFlushRequest): Promise<ingester.v1.FlushResponse>;
             *   readonly name: "Flush";
             *   readonly path: "/ingester.v1.IngesterService/Flush";
             *   readonly requestType: "FlushRequest";
             *   readonly responseType: "FlushResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls Flush.
             * @name ingester.v1.IngesterService#flush
             * @type {ingester.v1.IngesterService.Flush}
             */
            $Object.defineProperties(IngesterService.prototype.flush = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, IngesterService.prototype.flush, $root.ingester.v1.FlushRequest, $root.ingester.v1.FlushResponse, request, callback);
            }, {
                name: { value: "Flush" },
                path: { value: "/ingester.v1.IngesterService/Flush" },
                requestType: { value: "FlushRequest" },
                responseType: { value: "FlushResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            return IngesterService;
        })();

        v1.ProfileSelector = (function() {

            /**
             * Properties of a ProfileSelector.
             * @typedef {Object} ingester.v1.ProfileSelector.$Properties
             * @property {string|null} [profileTypeID] ProfileSelector profileTypeID
             * @property {string|null} [labelSelector] ProfileSelector labelSelector
             * @property {number|null} [start] ProfileSelector start
             * @property {number|null} [end] ProfileSelector end
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProfileSelector.
             * @memberof ingester.v1
             * @interface IProfileSelector
             * @augments ingester.v1.ProfileSelector.$Properties
             * @deprecated Use ingester.v1.ProfileSelector.$Properties instead.
             */

            /**
             * Shape of a ProfileSelector.
             * @typedef {ingester.v1.ProfileSelector.$Properties} ingester.v1.ProfileSelector.$Shape
             */

            /**
             * Constructs a new ProfileSelector.
             * @memberof ingester.v1
             * @classdesc Represents a ProfileSelector.
             * @constructor
             * @param {ingester.v1.ProfileSelector.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ProfileSelector = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ProfileSelector profileTypeID.
             * @member {string} profileTypeID
             * @memberof ingester.v1.ProfileSelector
             * @instance
             */
            ProfileSelector.prototype.profileTypeID = "";

            /**
             * ProfileSelector labelSelector.
             * @member {string} labelSelector
             * @memberof ingester.v1.ProfileSelector
             * @instance
             */
            ProfileSelector.prototype.labelSelector = "";

            /**
             * ProfileSelector start.
             * @member {number} start
             * @memberof ingester.v1.ProfileSelector
             * @instance
             */
            ProfileSelector.prototype.start = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ProfileSelector end.
             * @member {number} end
             * @memberof ingester.v1.ProfileSelector
             * @instance
             */
            ProfileSelector.prototype.end = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new ProfileSelector instance using the specified properties.
             * @function create
             * @memberof ingester.v1.ProfileSelector
             * @static
             * @param {ingester.v1.ProfileSelector.$Properties=} [properties] Properties to set
             * @returns {ingester.v1.ProfileSelector} ProfileSelector instance
             * @type {{
             *   (properties: ingester.v1.ProfileSelector.$Shape): ingester.v1.ProfileSelector & ingester.v1.ProfileSelector.$Shape;
             *   (properties?: ingester.v1.ProfileSelector.$Properties): ingester.v1.ProfileSelector;
             * }}
             */
            ProfileSelector.create = function(properties) {
                return new ProfileSelector(properties);
            };

            /**
             * Encodes the specified ProfileSelector message. Does not implicitly {@link ingester.v1.ProfileSelector.verify|verify} messages.
             * @function encode
             * @memberof ingester.v1.ProfileSelector
             * @static
             * @param {ingester.v1.ProfileSelector.$Properties} message ProfileSelector message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProfileSelector.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.profileTypeID != null && $Object.hasOwnProperty.call(message, "profileTypeID") && message.profileTypeID !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.profileTypeID);
                if (message.labelSelector != null && $Object.hasOwnProperty.call(message, "labelSelector") && message.labelSelector !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.labelSelector);
                if (message.start != null && $Object.hasOwnProperty.call(message, "start") && (typeof message.start === "object" ? message.start.low || message.start.high : message.start !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.start);
                if (message.end != null && $Object.hasOwnProperty.call(message, "end") && (typeof message.end === "object" ? message.end.low || message.end.high : message.end !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.end);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ProfileSelector message, length delimited. Does not implicitly {@link ingester.v1.ProfileSelector.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ingester.v1.ProfileSelector
             * @static
             * @param {ingester.v1.ProfileSelector.$Properties} message ProfileSelector message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProfileSelector.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ProfileSelector message from the specified reader or buffer.
             * @function decode
             * @memberof ingester.v1.ProfileSelector
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ingester.v1.ProfileSelector & ingester.v1.ProfileSelector.$Shape} ProfileSelector
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProfileSelector.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ingester.v1.ProfileSelector();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.profileTypeID = value;
                            else
                                delete message.profileTypeID;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.labelSelector = value;
                            else
                                delete message.labelSelector;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.start = value;
                            else
                                delete message.start;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.end = value;
                            else
                                delete message.end;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ProfileSelector message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ingester.v1.ProfileSelector
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ingester.v1.ProfileSelector & ingester.v1.ProfileSelector.$Shape} ProfileSelector
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProfileSelector.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ProfileSelector message.
             * @function verify
             * @memberof ingester.v1.ProfileSelector
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ProfileSelector.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.profileTypeID != null && $Object.hasOwnProperty.call(message, "profileTypeID"))
                    if (!$util.isString(message.profileTypeID))
                        return "profileTypeID: string expected";
                if (message.labelSelector != null && $Object.hasOwnProperty.call(message, "labelSelector"))
                    if (!$util.isString(message.labelSelector))
                        return "labelSelector: string expected";
                if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                    if (!$util.isInteger(message.start) && !(message.start && $util.isInteger(message.start.low) && $util.isInteger(message.start.high)))
                        return "start: integer|Long expected";
                if (message.end != null && $Object.hasOwnProperty.call(message, "end"))
                    if (!$util.isInteger(message.end) && !(message.end && $util.isInteger(message.end.low) && $util.isInteger(message.end.high)))
                        return "end: integer|Long expected";
                return null;
            };

            /**
             * Creates a ProfileSelector message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ingester.v1.ProfileSelector
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ingester.v1.ProfileSelector} ProfileSelector
             */
            ProfileSelector.fromObject = function (object, _depth) {
                if (object instanceof $root.ingester.v1.ProfileSelector)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ingester.v1.ProfileSelector: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ingester.v1.ProfileSelector();
                if (object.profileTypeID != null)
                    if (typeof object.profileTypeID !== "string" || object.profileTypeID.length)
                        message.profileTypeID = $String(object.profileTypeID);
                if (object.labelSelector != null)
                    if (typeof object.labelSelector !== "string" || object.labelSelector.length)
                        message.labelSelector = $String(object.labelSelector);
                if (object.start != null)
                    if (typeof object.start === "object" ? object.start.low || object.start.high : $Number(object.start) !== 0)
                        if ($util.Long)
                            message.start = $util.Long.fromValue(object.start, false);
                        else if (typeof object.start === "string")
                            message.start = $parseInt(object.start, 10);
                        else if (typeof object.start === "number")
                            message.start = object.start;
                        else if (typeof object.start === "object")
                            message.start = new $util.LongBits(object.start.low >>> 0, object.start.high >>> 0).toNumber();
                if (object.end != null)
                    if (typeof object.end === "object" ? object.end.low || object.end.high : $Number(object.end) !== 0)
                        if ($util.Long)
                            message.end = $util.Long.fromValue(object.end, false);
                        else if (typeof object.end === "string")
                            message.end = $parseInt(object.end, 10);
                        else if (typeof object.end === "number")
                            message.end = object.end;
                        else if (typeof object.end === "object")
                            message.end = new $util.LongBits(object.end.low >>> 0, object.end.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a ProfileSelector message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ingester.v1.ProfileSelector
             * @static
             * @param {ingester.v1.ProfileSelector} message ProfileSelector
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ProfileSelector.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.profileTypeID = "";
                    object.labelSelector = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.start = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.start = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.end = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.end = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.profileTypeID != null && $Object.hasOwnProperty.call(message, "profileTypeID"))
                    object.profileTypeID = message.profileTypeID;
                if (message.labelSelector != null && $Object.hasOwnProperty.call(message, "labelSelector"))
                    object.labelSelector = message.labelSelector;
                if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.start = typeof message.start === "number" ? $BigInt(message.start) : $util.Long.fromBits(message.start.low >>> 0, message.start.high >>> 0, false).toBigInt();
                    else if (typeof message.start === "number")
                        object.start = options.longs === $String ? $String(message.start) : message.start;
                    else
                        object.start = options.longs === $String ? $util.Long.prototype.toString.call(message.start) : options.longs === $Number ? new $util.LongBits(message.start.low >>> 0, message.start.high >>> 0).toNumber() : message.start;
                if (message.end != null && $Object.hasOwnProperty.call(message, "end"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.end = typeof message.end === "number" ? $BigInt(message.end) : $util.Long.fromBits(message.end.low >>> 0, message.end.high >>> 0, false).toBigInt();
                    else if (typeof message.end === "number")
                        object.end = options.longs === $String ? $String(message.end) : message.end;
                    else
                        object.end = options.longs === $String ? $util.Long.prototype.toString.call(message.end) : options.longs === $Number ? new $util.LongBits(message.end.low >>> 0, message.end.high >>> 0).toNumber() : message.end;
                return object;
            };

            /**
             * Converts this ProfileSelector to JSON.
             * @function toJSON
             * @memberof ingester.v1.ProfileSelector
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ProfileSelector.prototype.toJSON = function() {
                return ProfileSelector.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ProfileSelector
             * @function getTypeUrl
             * @memberof ingester.v1.ProfileSelector
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ProfileSelector.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ingester.v1.ProfileSelector";
            };

            return ProfileSelector;
        })();

        v1.ProfileKey = (function() {

            /**
             * Properties of a ProfileKey.
             * @typedef {Object} ingester.v1.ProfileKey.$Properties
             * @property {string|null} [seriesFingerprint] ProfileKey seriesFingerprint
             * @property {number|null} [timestamp] ProfileKey timestamp
             * @property {string|null} [id] ProfileKey id
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProfileKey.
             * @memberof ingester.v1
             * @interface IProfileKey
             * @augments ingester.v1.ProfileKey.$Properties
             * @deprecated Use ingester.v1.ProfileKey.$Properties instead.
             */

            /**
             * Shape of a ProfileKey.
             * @typedef {ingester.v1.ProfileKey.$Properties} ingester.v1.ProfileKey.$Shape
             */

            /**
             * Constructs a new ProfileKey.
             * @memberof ingester.v1
             * @classdesc Represents a ProfileKey.
             * @constructor
             * @param {ingester.v1.ProfileKey.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ProfileKey = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ProfileKey seriesFingerprint.
             * @member {string} seriesFingerprint
             * @memberof ingester.v1.ProfileKey
             * @instance
             */
            ProfileKey.prototype.seriesFingerprint = "";

            /**
             * ProfileKey timestamp.
             * @member {number} timestamp
             * @memberof ingester.v1.ProfileKey
             * @instance
             */
            ProfileKey.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ProfileKey id.
             * @member {string} id
             * @memberof ingester.v1.ProfileKey
             * @instance
             */
            ProfileKey.prototype.id = "";

            /**
             * Creates a new ProfileKey instance using the specified properties.
             * @function create
             * @memberof ingester.v1.ProfileKey
             * @static
             * @param {ingester.v1.ProfileKey.$Properties=} [properties] Properties to set
             * @returns {ingester.v1.ProfileKey} ProfileKey instance
             * @type {{
             *   (properties: ingester.v1.ProfileKey.$Shape): ingester.v1.ProfileKey & ingester.v1.ProfileKey.$Shape;
             *   (properties?: ingester.v1.ProfileKey.$Properties): ingester.v1.ProfileKey;
             * }}
             */
            ProfileKey.create = function(properties) {
                return new ProfileKey(properties);
            };

            /**
             * Encodes the specified ProfileKey message. Does not implicitly {@link ingester.v1.ProfileKey.verify|verify} messages.
             * @function encode
             * @memberof ingester.v1.ProfileKey
             * @static
             * @param {ingester.v1.ProfileKey.$Properties} message ProfileKey message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProfileKey.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seriesFingerprint != null && $Object.hasOwnProperty.call(message, "seriesFingerprint") && message.seriesFingerprint !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.seriesFingerprint);
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp") && (typeof message.timestamp === "object" ? message.timestamp.low || message.timestamp.high : message.timestamp !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.timestamp);
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.id);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ProfileKey message, length delimited. Does not implicitly {@link ingester.v1.ProfileKey.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ingester.v1.ProfileKey
             * @static
             * @param {ingester.v1.ProfileKey.$Properties} message ProfileKey message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProfileKey.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ProfileKey message from the specified reader or buffer.
             * @function decode
             * @memberof ingester.v1.ProfileKey
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ingester.v1.ProfileKey & ingester.v1.ProfileKey.$Shape} ProfileKey
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProfileKey.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ingester.v1.ProfileKey();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.seriesFingerprint = value;
                            else
                                delete message.seriesFingerprint;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.timestamp = value;
                            else
                                delete message.timestamp;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ProfileKey message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ingester.v1.ProfileKey
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ingester.v1.ProfileKey & ingester.v1.ProfileKey.$Shape} ProfileKey
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProfileKey.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ProfileKey message.
             * @function verify
             * @memberof ingester.v1.ProfileKey
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ProfileKey.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.seriesFingerprint != null && $Object.hasOwnProperty.call(message, "seriesFingerprint"))
                    if (!$util.isString(message.seriesFingerprint))
                        return "seriesFingerprint: string expected";
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                    if (!$util.isInteger(message.timestamp) && !(message.timestamp && $util.isInteger(message.timestamp.low) && $util.isInteger(message.timestamp.high)))
                        return "timestamp: integer|Long expected";
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isString(message.id))
                        return "id: string expected";
                return null;
            };

            /**
             * Creates a ProfileKey message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ingester.v1.ProfileKey
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ingester.v1.ProfileKey} ProfileKey
             */
            ProfileKey.fromObject = function (object, _depth) {
                if (object instanceof $root.ingester.v1.ProfileKey)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ingester.v1.ProfileKey: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ingester.v1.ProfileKey();
                if (object.seriesFingerprint != null)
                    if (typeof object.seriesFingerprint !== "string" || object.seriesFingerprint.length)
                        message.seriesFingerprint = $String(object.seriesFingerprint);
                if (object.timestamp != null)
                    if (typeof object.timestamp === "object" ? object.timestamp.low || object.timestamp.high : $Number(object.timestamp) !== 0)
                        if ($util.Long)
                            message.timestamp = $util.Long.fromValue(object.timestamp, false);
                        else if (typeof object.timestamp === "string")
                            message.timestamp = $parseInt(object.timestamp, 10);
                        else if (typeof object.timestamp === "number")
                            message.timestamp = object.timestamp;
                        else if (typeof object.timestamp === "object")
                            message.timestamp = new $util.LongBits(object.timestamp.low >>> 0, object.timestamp.high >>> 0).toNumber();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                return message;
            };

            /**
             * Creates a plain object from a ProfileKey message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ingester.v1.ProfileKey
             * @static
             * @param {ingester.v1.ProfileKey} message ProfileKey
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ProfileKey.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.seriesFingerprint = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.timestamp = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timestamp = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.id = "";
                }
                if (message.seriesFingerprint != null && $Object.hasOwnProperty.call(message, "seriesFingerprint"))
                    object.seriesFingerprint = message.seriesFingerprint;
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timestamp = typeof message.timestamp === "number" ? $BigInt(message.timestamp) : $util.Long.fromBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0, false).toBigInt();
                    else if (typeof message.timestamp === "number")
                        object.timestamp = options.longs === $String ? $String(message.timestamp) : message.timestamp;
                    else
                        object.timestamp = options.longs === $String ? $util.Long.prototype.toString.call(message.timestamp) : options.longs === $Number ? new $util.LongBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0).toNumber() : message.timestamp;
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                return object;
            };

            /**
             * Converts this ProfileKey to JSON.
             * @function toJSON
             * @memberof ingester.v1.ProfileKey
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ProfileKey.prototype.toJSON = function() {
                return ProfileKey.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ProfileKey
             * @function getTypeUrl
             * @memberof ingester.v1.ProfileKey
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ProfileKey.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ingester.v1.ProfileKey";
            };

            return ProfileKey;
        })();

        v1.ProfileRef = (function() {

            /**
             * Properties of a ProfileRef.
             * @typedef {Object} ingester.v1.ProfileRef.$Properties
             * @property {ingester.v1.ProfileKey.$Properties|null} [key] ProfileRef key
             * @property {number|null} [value] ProfileRef value
             * @property {number|null} [seriesIndex] ProfileRef seriesIndex
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProfileRef.
             * @memberof ingester.v1
             * @interface IProfileRef
             * @augments ingester.v1.ProfileRef.$Properties
             * @deprecated Use ingester.v1.ProfileRef.$Properties instead.
             */

            /**
             * Shape of a ProfileRef.
             * @typedef {ingester.v1.ProfileRef.$Properties} ingester.v1.ProfileRef.$Shape
             */

            /**
             * Constructs a new ProfileRef.
             * @memberof ingester.v1
             * @classdesc Represents a ProfileRef.
             * @constructor
             * @param {ingester.v1.ProfileRef.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ProfileRef = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ProfileRef key.
             * @member {ingester.v1.ProfileKey.$Properties|null|undefined} key
             * @memberof ingester.v1.ProfileRef
             * @instance
             */
            ProfileRef.prototype.key = null;

            /**
             * ProfileRef value.
             * @member {number} value
             * @memberof ingester.v1.ProfileRef
             * @instance
             */
            ProfileRef.prototype.value = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ProfileRef seriesIndex.
             * @member {number} seriesIndex
             * @memberof ingester.v1.ProfileRef
             * @instance
             */
            ProfileRef.prototype.seriesIndex = 0;

            /**
             * Creates a new ProfileRef instance using the specified properties.
             * @function create
             * @memberof ingester.v1.ProfileRef
             * @static
             * @param {ingester.v1.ProfileRef.$Properties=} [properties] Properties to set
             * @returns {ingester.v1.ProfileRef} ProfileRef instance
             * @type {{
             *   (properties: ingester.v1.ProfileRef.$Shape): ingester.v1.ProfileRef & ingester.v1.ProfileRef.$Shape;
             *   (properties?: ingester.v1.ProfileRef.$Properties): ingester.v1.ProfileRef;
             * }}
             */
            ProfileRef.create = function(properties) {
                return new ProfileRef(properties);
            };

            /**
             * Encodes the specified ProfileRef message. Does not implicitly {@link ingester.v1.ProfileRef.verify|verify} messages.
             * @function encode
             * @memberof ingester.v1.ProfileRef
             * @static
             * @param {ingester.v1.ProfileRef.$Properties} message ProfileRef message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProfileRef.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                    $root.ingester.v1.ProfileKey.encode(message.key, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && (typeof message.value === "object" ? message.value.low || message.value.high : message.value !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.value);
                if (message.seriesIndex != null && $Object.hasOwnProperty.call(message, "seriesIndex") && message.seriesIndex !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.seriesIndex);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ProfileRef message, length delimited. Does not implicitly {@link ingester.v1.ProfileRef.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ingester.v1.ProfileRef
             * @static
             * @param {ingester.v1.ProfileRef.$Properties} message ProfileRef message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProfileRef.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ProfileRef message from the specified reader or buffer.
             * @function decode
             * @memberof ingester.v1.ProfileRef
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ingester.v1.ProfileRef & ingester.v1.ProfileRef.$Shape} ProfileRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProfileRef.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ingester.v1.ProfileRef();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.key = $root.ingester.v1.ProfileKey.decode(reader, reader.size(), $undefined, _depth + 1, message.key);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.seriesIndex = value;
                            else
                                delete message.seriesIndex;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ProfileRef message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ingester.v1.ProfileRef
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ingester.v1.ProfileRef & ingester.v1.ProfileRef.$Shape} ProfileRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProfileRef.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ProfileRef message.
             * @function verify
             * @memberof ingester.v1.ProfileRef
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ProfileRef.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.key != null && $Object.hasOwnProperty.call(message, "key")) {
                    let error = $root.ingester.v1.ProfileKey.verify(message.key, _depth + 1);
                    if (error)
                        return "key." + error;
                }
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    if (!$util.isInteger(message.value) && !(message.value && $util.isInteger(message.value.low) && $util.isInteger(message.value.high)))
                        return "value: integer|Long expected";
                if (message.seriesIndex != null && $Object.hasOwnProperty.call(message, "seriesIndex"))
                    if (!$util.isInteger(message.seriesIndex))
                        return "seriesIndex: integer expected";
                return null;
            };

            /**
             * Creates a ProfileRef message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ingester.v1.ProfileRef
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ingester.v1.ProfileRef} ProfileRef
             */
            ProfileRef.fromObject = function (object, _depth) {
                if (object instanceof $root.ingester.v1.ProfileRef)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ingester.v1.ProfileRef: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ingester.v1.ProfileRef();
                if (object.key != null) {
                    if (!$util.isObject(object.key))
                        throw $TypeError(".ingester.v1.ProfileRef.key: object expected");
                    message.key = $root.ingester.v1.ProfileKey.fromObject(object.key, _depth + 1);
                }
                if (object.value != null)
                    if (typeof object.value === "object" ? object.value.low || object.value.high : $Number(object.value) !== 0)
                        if ($util.Long)
                            message.value = $util.Long.fromValue(object.value, false);
                        else if (typeof object.value === "string")
                            message.value = $parseInt(object.value, 10);
                        else if (typeof object.value === "number")
                            message.value = object.value;
                        else if (typeof object.value === "object")
                            message.value = new $util.LongBits(object.value.low >>> 0, object.value.high >>> 0).toNumber();
                if (object.seriesIndex != null)
                    if ($Number(object.seriesIndex) !== 0)
                        message.seriesIndex = object.seriesIndex >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a ProfileRef message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ingester.v1.ProfileRef
             * @static
             * @param {ingester.v1.ProfileRef} message ProfileRef
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ProfileRef.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.key = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.value = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.value = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.seriesIndex = 0;
                }
                if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                    object.key = $root.ingester.v1.ProfileKey.toObject(message.key, options, _depth + 1);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.value = typeof message.value === "number" ? $BigInt(message.value) : $util.Long.fromBits(message.value.low >>> 0, message.value.high >>> 0, false).toBigInt();
                    else if (typeof message.value === "number")
                        object.value = options.longs === $String ? $String(message.value) : message.value;
                    else
                        object.value = options.longs === $String ? $util.Long.prototype.toString.call(message.value) : options.longs === $Number ? new $util.LongBits(message.value.low >>> 0, message.value.high >>> 0).toNumber() : message.value;
                if (message.seriesIndex != null && $Object.hasOwnProperty.call(message, "seriesIndex"))
                    object.seriesIndex = message.seriesIndex;
                return object;
            };

            /**
             * Converts this ProfileRef to JSON.
             * @function toJSON
             * @memberof ingester.v1.ProfileRef
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ProfileRef.prototype.toJSON = function() {
                return ProfileRef.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ProfileRef
             * @function getTypeUrl
             * @memberof ingester.v1.ProfileRef
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ProfileRef.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ingester.v1.ProfileRef";
            };

            return ProfileRef;
        })();

        v1.SelectProfilesResponse = (function() {

            /**
             * Properties of a SelectProfilesResponse.
             * @typedef {Object} ingester.v1.SelectProfilesResponse.$Properties
             * @property {Array.<types.v1.Labels.$Properties>|null} [series] SelectProfilesResponse series
             * @property {Array.<ingester.v1.ProfileRef.$Properties>|null} [profiles] SelectProfilesResponse profiles
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SelectProfilesResponse.
             * @memberof ingester.v1
             * @interface ISelectProfilesResponse
             * @augments ingester.v1.SelectProfilesResponse.$Properties
             * @deprecated Use ingester.v1.SelectProfilesResponse.$Properties instead.
             */

            /**
             * Shape of a SelectProfilesResponse.
             * @typedef {ingester.v1.SelectProfilesResponse.$Properties} ingester.v1.SelectProfilesResponse.$Shape
             */

            /**
             * Constructs a new SelectProfilesResponse.
             * @memberof ingester.v1
             * @classdesc Represents a SelectProfilesResponse.
             * @constructor
             * @param {ingester.v1.SelectProfilesResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SelectProfilesResponse = function (properties) {
                this.series = [];
                this.profiles = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SelectProfilesResponse series.
             * @member {Array.<types.v1.Labels.$Properties>} series
             * @memberof ingester.v1.SelectProfilesResponse
             * @instance
             */
            SelectProfilesResponse.prototype.series = $util.emptyArray;

            /**
             * SelectProfilesResponse profiles.
             * @member {Array.<ingester.v1.ProfileRef.$Properties>} profiles
             * @memberof ingester.v1.SelectProfilesResponse
             * @instance
             */
            SelectProfilesResponse.prototype.profiles = $util.emptyArray;

            /**
             * Creates a new SelectProfilesResponse instance using the specified properties.
             * @function create
             * @memberof ingester.v1.SelectProfilesResponse
             * @static
             * @param {ingester.v1.SelectProfilesResponse.$Properties=} [properties] Properties to set
             * @returns {ingester.v1.SelectProfilesResponse} SelectProfilesResponse instance
             * @type {{
             *   (properties: ingester.v1.SelectProfilesResponse.$Shape): ingester.v1.SelectProfilesResponse & ingester.v1.SelectProfilesResponse.$Shape;
             *   (properties?: ingester.v1.SelectProfilesResponse.$Properties): ingester.v1.SelectProfilesResponse;
             * }}
             */
            SelectProfilesResponse.create = function(properties) {
                return new SelectProfilesResponse(properties);
            };

            /**
             * Encodes the specified SelectProfilesResponse message. Does not implicitly {@link ingester.v1.SelectProfilesResponse.verify|verify} messages.
             * @function encode
             * @memberof ingester.v1.SelectProfilesResponse
             * @static
             * @param {ingester.v1.SelectProfilesResponse.$Properties} message SelectProfilesResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SelectProfilesResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.series != null && message.series.length)
                    for (let i = 0; i < message.series.length; ++i)
                        $root.types.v1.Labels.encode(message.series[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.profiles != null && message.profiles.length)
                    for (let i = 0; i < message.profiles.length; ++i)
                        $root.ingester.v1.ProfileRef.encode(message.profiles[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SelectProfilesResponse message, length delimited. Does not implicitly {@link ingester.v1.SelectProfilesResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ingester.v1.SelectProfilesResponse
             * @static
             * @param {ingester.v1.SelectProfilesResponse.$Properties} message SelectProfilesResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SelectProfilesResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SelectProfilesResponse message from the specified reader or buffer.
             * @function decode
             * @memberof ingester.v1.SelectProfilesResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ingester.v1.SelectProfilesResponse & ingester.v1.SelectProfilesResponse.$Shape} SelectProfilesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SelectProfilesResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ingester.v1.SelectProfilesResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.series && message.series.length))
                                message.series = [];
                            message.series.push($root.types.v1.Labels.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.profiles && message.profiles.length))
                                message.profiles = [];
                            message.profiles.push($root.ingester.v1.ProfileRef.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a SelectProfilesResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ingester.v1.SelectProfilesResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ingester.v1.SelectProfilesResponse & ingester.v1.SelectProfilesResponse.$Shape} SelectProfilesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SelectProfilesResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SelectProfilesResponse message.
             * @function verify
             * @memberof ingester.v1.SelectProfilesResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SelectProfilesResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.series != null && $Object.hasOwnProperty.call(message, "series")) {
                    if (!$Array.isArray(message.series))
                        return "series: array expected";
                    for (let i = 0; i < message.series.length; ++i) {
                        let error = $root.types.v1.Labels.verify(message.series[i], _depth + 1);
                        if (error)
                            return "series." + error;
                    }
                }
                if (message.profiles != null && $Object.hasOwnProperty.call(message, "profiles")) {
                    if (!$Array.isArray(message.profiles))
                        return "profiles: array expected";
                    for (let i = 0; i < message.profiles.length; ++i) {
                        let error = $root.ingester.v1.ProfileRef.verify(message.profiles[i], _depth + 1);
                        if (error)
                            return "profiles." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a SelectProfilesResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ingester.v1.SelectProfilesResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ingester.v1.SelectProfilesResponse} SelectProfilesResponse
             */
            SelectProfilesResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.ingester.v1.SelectProfilesResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ingester.v1.SelectProfilesResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ingester.v1.SelectProfilesResponse();
                if (object.series) {
                    if (!$Array.isArray(object.series))
                        throw $TypeError(".ingester.v1.SelectProfilesResponse.series: array expected");
                    message.series = $Array(object.series.length);
                    for (let i = 0; i < object.series.length; ++i) {
                        if (!$util.isObject(object.series[i]))
                            throw $TypeError(".ingester.v1.SelectProfilesResponse.series: object expected");
                        message.series[i] = $root.types.v1.Labels.fromObject(object.series[i], _depth + 1);
                    }
                }
                if (object.profiles) {
                    if (!$Array.isArray(object.profiles))
                        throw $TypeError(".ingester.v1.SelectProfilesResponse.profiles: array expected");
                    message.profiles = $Array(object.profiles.length);
                    for (let i = 0; i < object.profiles.length; ++i) {
                        if (!$util.isObject(object.profiles[i]))
                            throw $TypeError(".ingester.v1.SelectProfilesResponse.profiles: object expected");
                        message.profiles[i] = $root.ingester.v1.ProfileRef.fromObject(object.profiles[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a SelectProfilesResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ingester.v1.SelectProfilesResponse
             * @static
             * @param {ingester.v1.SelectProfilesResponse} message SelectProfilesResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SelectProfilesResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.series = [];
                    object.profiles = [];
                }
                if (message.series && message.series.length) {
                    object.series = $Array(message.series.length);
                    for (let j = 0; j < message.series.length; ++j)
                        object.series[j] = $root.types.v1.Labels.toObject(message.series[j], options, _depth + 1);
                }
                if (message.profiles && message.profiles.length) {
                    object.profiles = $Array(message.profiles.length);
                    for (let j = 0; j < message.profiles.length; ++j)
                        object.profiles[j] = $root.ingester.v1.ProfileRef.toObject(message.profiles[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this SelectProfilesResponse to JSON.
             * @function toJSON
             * @memberof ingester.v1.SelectProfilesResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SelectProfilesResponse.prototype.toJSON = function() {
                return SelectProfilesResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SelectProfilesResponse
             * @function getTypeUrl
             * @memberof ingester.v1.SelectProfilesResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SelectProfilesResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ingester.v1.SelectProfilesResponse";
            };

            return SelectProfilesResponse;
        })();

        v1.MergeRequest = (function() {

            /**
             * Properties of a MergeRequest.
             * @typedef {Object} ingester.v1.MergeRequest.$Properties
             * @property {ingester.v1.ProfileSelector.$Properties|null} [selector] MergeRequest selector
             * @property {Array.<ingester.v1.ProfileKey.$Properties>|null} [keep] MergeRequest keep
             * @property {boolean|null} [keepAll] MergeRequest keepAll
             * @property {number|null} [maxNodes] MergeRequest maxNodes
             * @property {Array.<string>|null} [spanSelector] MergeRequest spanSelector
             * @property {boolean|null} [treeColumns] MergeRequest treeColumns
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MergeRequest.
             * @memberof ingester.v1
             * @interface IMergeRequest
             * @augments ingester.v1.MergeRequest.$Properties
             * @deprecated Use ingester.v1.MergeRequest.$Properties instead.
             */

            /**
             * Shape of a MergeRequest.
             * @typedef {ingester.v1.MergeRequest.$Properties} ingester.v1.MergeRequest.$Shape
             */

            /**
             * Constructs a new MergeRequest.
             * @memberof ingester.v1
             * @classdesc Represents a MergeRequest.
             * @constructor
             * @param {ingester.v1.MergeRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MergeRequest = function (properties) {
                this.keep = [];
                this.spanSelector = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MergeRequest selector.
             * @member {ingester.v1.ProfileSelector.$Properties|null|undefined} selector
             * @memberof ingester.v1.MergeRequest
             * @instance
             */
            MergeRequest.prototype.selector = null;

            /**
             * MergeRequest keep.
             * @member {Array.<ingester.v1.ProfileKey.$Properties>} keep
             * @memberof ingester.v1.MergeRequest
             * @instance
             */
            MergeRequest.prototype.keep = $util.emptyArray;

            /**
             * MergeRequest keepAll.
             * @member {boolean} keepAll
             * @memberof ingester.v1.MergeRequest
             * @instance
             */
            MergeRequest.prototype.keepAll = false;

            /**
             * MergeRequest maxNodes.
             * @member {number} maxNodes
             * @memberof ingester.v1.MergeRequest
             * @instance
             */
            MergeRequest.prototype.maxNodes = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * MergeRequest spanSelector.
             * @member {Array.<string>} spanSelector
             * @memberof ingester.v1.MergeRequest
             * @instance
             */
            MergeRequest.prototype.spanSelector = $util.emptyArray;

            /**
             * MergeRequest treeColumns.
             * @member {boolean} treeColumns
             * @memberof ingester.v1.MergeRequest
             * @instance
             */
            MergeRequest.prototype.treeColumns = false;

            /**
             * Creates a new MergeRequest instance using the specified properties.
             * @function create
             * @memberof ingester.v1.MergeRequest
             * @static
             * @param {ingester.v1.MergeRequest.$Properties=} [properties] Properties to set
             * @returns {ingester.v1.MergeRequest} MergeRequest instance
             * @type {{
             *   (properties: ingester.v1.MergeRequest.$Shape): ingester.v1.MergeRequest & ingester.v1.MergeRequest.$Shape;
             *   (properties?: ingester.v1.MergeRequest.$Properties): ingester.v1.MergeRequest;
             * }}
             */
            MergeRequest.create = function(properties) {
                return new MergeRequest(properties);
            };

            /**
             * Encodes the specified MergeRequest message. Does not implicitly {@link ingester.v1.MergeRequest.verify|verify} messages.
             * @function encode
             * @memberof ingester.v1.MergeRequest
             * @static
             * @param {ingester.v1.MergeRequest.$Properties} message MergeRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MergeRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.selector != null && $Object.hasOwnProperty.call(message, "selector"))
                    $root.ingester.v1.ProfileSelector.encode(message.selector, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.keep != null && message.keep.length)
                    for (let i = 0; i < message.keep.length; ++i)
                        $root.ingester.v1.ProfileKey.encode(message.keep[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.keepAll != null && $Object.hasOwnProperty.call(message, "keepAll") && message.keepAll !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.keepAll);
                if (message.maxNodes != null && $Object.hasOwnProperty.call(message, "maxNodes") && (typeof message.maxNodes === "object" ? message.maxNodes.low || message.maxNodes.high : message.maxNodes !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.maxNodes);
                if (message.spanSelector != null && message.spanSelector.length)
                    for (let i = 0; i < message.spanSelector.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.spanSelector[i]);
                if (message.treeColumns != null && $Object.hasOwnProperty.call(message, "treeColumns") && message.treeColumns !== false)
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.treeColumns);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified MergeRequest message, length delimited. Does not implicitly {@link ingester.v1.MergeRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ingester.v1.MergeRequest
             * @static
             * @param {ingester.v1.MergeRequest.$Properties} message MergeRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MergeRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a MergeRequest message from the specified reader or buffer.
             * @function decode
             * @memberof ingester.v1.MergeRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ingester.v1.MergeRequest & ingester.v1.MergeRequest.$Shape} MergeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MergeRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ingester.v1.MergeRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.selector = $root.ingester.v1.ProfileSelector.decode(reader, reader.size(), $undefined, _depth + 1, message.selector);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.keep && message.keep.length))
                                message.keep = [];
                            message.keep.push($root.ingester.v1.ProfileKey.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.keepAll = value;
                            else
                                delete message.keepAll;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.maxNodes = value;
                            else
                                delete message.maxNodes;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.spanSelector && message.spanSelector.length))
                                message.spanSelector = [];
                            message.spanSelector.push(reader.stringVerify());
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.treeColumns = value;
                            else
                                delete message.treeColumns;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a MergeRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ingester.v1.MergeRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ingester.v1.MergeRequest & ingester.v1.MergeRequest.$Shape} MergeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MergeRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a MergeRequest message.
             * @function verify
             * @memberof ingester.v1.MergeRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MergeRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.selector != null && $Object.hasOwnProperty.call(message, "selector")) {
                    let error = $root.ingester.v1.ProfileSelector.verify(message.selector, _depth + 1);
                    if (error)
                        return "selector." + error;
                }
                if (message.keep != null && $Object.hasOwnProperty.call(message, "keep")) {
                    if (!$Array.isArray(message.keep))
                        return "keep: array expected";
                    for (let i = 0; i < message.keep.length; ++i) {
                        let error = $root.ingester.v1.ProfileKey.verify(message.keep[i], _depth + 1);
                        if (error)
                            return "keep." + error;
                    }
                }
                if (message.keepAll != null && $Object.hasOwnProperty.call(message, "keepAll"))
                    if (typeof message.keepAll !== "boolean")
                        return "keepAll: boolean expected";
                if (message.maxNodes != null && $Object.hasOwnProperty.call(message, "maxNodes"))
                    if (!$util.isInteger(message.maxNodes) && !(message.maxNodes && $util.isInteger(message.maxNodes.low) && $util.isInteger(message.maxNodes.high)))
                        return "maxNodes: integer|Long expected";
                if (message.spanSelector != null && $Object.hasOwnProperty.call(message, "spanSelector")) {
                    if (!$Array.isArray(message.spanSelector))
                        return "spanSelector: array expected";
                    for (let i = 0; i < message.spanSelector.length; ++i)
                        if (!$util.isString(message.spanSelector[i]))
                            return "spanSelector: string[] expected";
                }
                if (message.treeColumns != null && $Object.hasOwnProperty.call(message, "treeColumns"))
                    if (typeof message.treeColumns !== "boolean")
                        return "treeColumns: boolean expected";
                return null;
            };

            /**
             * Creates a MergeRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ingester.v1.MergeRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ingester.v1.MergeRequest} MergeRequest
             */
            MergeRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.ingester.v1.MergeRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ingester.v1.MergeRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ingester.v1.MergeRequest();
                if (object.selector != null) {
                    if (!$util.isObject(object.selector))
                        throw $TypeError(".ingester.v1.MergeRequest.selector: object expected");
                    message.selector = $root.ingester.v1.ProfileSelector.fromObject(object.selector, _depth + 1);
                }
                if (object.keep) {
                    if (!$Array.isArray(object.keep))
                        throw $TypeError(".ingester.v1.MergeRequest.keep: array expected");
                    message.keep = $Array(object.keep.length);
                    for (let i = 0; i < object.keep.length; ++i) {
                        if (!$util.isObject(object.keep[i]))
                            throw $TypeError(".ingester.v1.MergeRequest.keep: object expected");
                        message.keep[i] = $root.ingester.v1.ProfileKey.fromObject(object.keep[i], _depth + 1);
                    }
                }
                if (object.keepAll != null)
                    if (object.keepAll)
                        message.keepAll = $Boolean(object.keepAll);
                if (object.maxNodes != null)
                    if (typeof object.maxNodes === "object" ? object.maxNodes.low || object.maxNodes.high : $Number(object.maxNodes) !== 0)
                        if ($util.Long)
                            message.maxNodes = $util.Long.fromValue(object.maxNodes, false);
                        else if (typeof object.maxNodes === "string")
                            message.maxNodes = $parseInt(object.maxNodes, 10);
                        else if (typeof object.maxNodes === "number")
                            message.maxNodes = object.maxNodes;
                        else if (typeof object.maxNodes === "object")
                            message.maxNodes = new $util.LongBits(object.maxNodes.low >>> 0, object.maxNodes.high >>> 0).toNumber();
                if (object.spanSelector) {
                    if (!$Array.isArray(object.spanSelector))
                        throw $TypeError(".ingester.v1.MergeRequest.spanSelector: array expected");
                    message.spanSelector = $Array(object.spanSelector.length);
                    for (let i = 0; i < object.spanSelector.length; ++i)
                        message.spanSelector[i] = $String(object.spanSelector[i]);
                }
                if (object.treeColumns != null)
                    if (object.treeColumns)
                        message.treeColumns = $Boolean(object.treeColumns);
                return message;
            };

            /**
             * Creates a plain object from a MergeRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ingester.v1.MergeRequest
             * @static
             * @param {ingester.v1.MergeRequest} message MergeRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MergeRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.keep = [];
                    object.spanSelector = [];
                }
                if (options.defaults) {
                    object.selector = null;
                    object.keepAll = false;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.maxNodes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.maxNodes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.treeColumns = false;
                }
                if (message.selector != null && $Object.hasOwnProperty.call(message, "selector"))
                    object.selector = $root.ingester.v1.ProfileSelector.toObject(message.selector, options, _depth + 1);
                if (message.keep && message.keep.length) {
                    object.keep = $Array(message.keep.length);
                    for (let j = 0; j < message.keep.length; ++j)
                        object.keep[j] = $root.ingester.v1.ProfileKey.toObject(message.keep[j], options, _depth + 1);
                }
                if (message.keepAll != null && $Object.hasOwnProperty.call(message, "keepAll"))
                    object.keepAll = message.keepAll;
                if (message.maxNodes != null && $Object.hasOwnProperty.call(message, "maxNodes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.maxNodes = typeof message.maxNodes === "number" ? $BigInt(message.maxNodes) : $util.Long.fromBits(message.maxNodes.low >>> 0, message.maxNodes.high >>> 0, false).toBigInt();
                    else if (typeof message.maxNodes === "number")
                        object.maxNodes = options.longs === $String ? $String(message.maxNodes) : message.maxNodes;
                    else
                        object.maxNodes = options.longs === $String ? $util.Long.prototype.toString.call(message.maxNodes) : options.longs === $Number ? new $util.LongBits(message.maxNodes.low >>> 0, message.maxNodes.high >>> 0).toNumber() : message.maxNodes;
                if (message.spanSelector && message.spanSelector.length) {
                    object.spanSelector = $Array(message.spanSelector.length);
                    for (let j = 0; j < message.spanSelector.length; ++j)
                        object.spanSelector[j] = message.spanSelector[j];
                }
                if (message.treeColumns != null && $Object.hasOwnProperty.call(message, "treeColumns"))
                    object.treeColumns = message.treeColumns;
                return object;
            };

            /**
             * Converts this MergeRequest to JSON.
             * @function toJSON
             * @memberof ingester.v1.MergeRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MergeRequest.prototype.toJSON = function() {
                return MergeRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MergeRequest
             * @function getTypeUrl
             * @memberof ingester.v1.MergeRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MergeRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ingester.v1.MergeRequest";
            };

            return MergeRequest;
        })();

        v1.MergeStacktracesResponse = (function() {

            /**
             * Properties of a MergeStacktracesResponse.
             * @typedef {Object} ingester.v1.MergeStacktracesResponse.$Properties
             * @property {Array.<string>|null} [names] MergeStacktracesResponse names
             * @property {Array.<ingester.v1.Stack.$Properties>|null} [stacks] MergeStacktracesResponse stacks
             * @property {Array.<number>|null} [treeParent] MergeStacktracesResponse treeParent
             * @property {Array.<number>|null} [treeName] MergeStacktracesResponse treeName
             * @property {Array.<number>|null} [treeSelf] MergeStacktracesResponse treeSelf
             * @property {Array.<ingester.v1.ProfileKey.$Properties>|null} [missing] MergeStacktracesResponse missing
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MergeStacktracesResponse.
             * @memberof ingester.v1
             * @interface IMergeStacktracesResponse
             * @augments ingester.v1.MergeStacktracesResponse.$Properties
             * @deprecated Use ingester.v1.MergeStacktracesResponse.$Properties instead.
             */

            /**
             * Shape of a MergeStacktracesResponse.
             * @typedef {ingester.v1.MergeStacktracesResponse.$Properties} ingester.v1.MergeStacktracesResponse.$Shape
             */

            /**
             * Constructs a new MergeStacktracesResponse.
             * @memberof ingester.v1
             * @classdesc Represents a MergeStacktracesResponse.
             * @constructor
             * @param {ingester.v1.MergeStacktracesResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MergeStacktracesResponse = function (properties) {
                this.names = [];
                this.stacks = [];
                this.treeParent = [];
                this.treeName = [];
                this.treeSelf = [];
                this.missing = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MergeStacktracesResponse names.
             * @member {Array.<string>} names
             * @memberof ingester.v1.MergeStacktracesResponse
             * @instance
             */
            MergeStacktracesResponse.prototype.names = $util.emptyArray;

            /**
             * MergeStacktracesResponse stacks.
             * @member {Array.<ingester.v1.Stack.$Properties>} stacks
             * @memberof ingester.v1.MergeStacktracesResponse
             * @instance
             */
            MergeStacktracesResponse.prototype.stacks = $util.emptyArray;

            /**
             * MergeStacktracesResponse treeParent.
             * @member {Array.<number>} treeParent
             * @memberof ingester.v1.MergeStacktracesResponse
             * @instance
             */
            MergeStacktracesResponse.prototype.treeParent = $util.emptyArray;

            /**
             * MergeStacktracesResponse treeName.
             * @member {Array.<number>} treeName
             * @memberof ingester.v1.MergeStacktracesResponse
             * @instance
             */
            MergeStacktracesResponse.prototype.treeName = $util.emptyArray;

            /**
             * MergeStacktracesResponse treeSelf.
             * @member {Array.<number>} treeSelf
             * @memberof ingester.v1.MergeStacktracesResponse
             * @instance
             */
            MergeStacktracesResponse.prototype.treeSelf = $util.emptyArray;

            /**
             * MergeStacktracesResponse missing.
             * @member {Array.<ingester.v1.ProfileKey.$Properties>} missing
             * @memberof ingester.v1.MergeStacktracesResponse
             * @instance
             */
            MergeStacktracesResponse.prototype.missing = $util.emptyArray;

            /**
             * Creates a new MergeStacktracesResponse instance using the specified properties.
             * @function create
             * @memberof ingester.v1.MergeStacktracesResponse
             * @static
             * @param {ingester.v1.MergeStacktracesResponse.$Properties=} [properties] Properties to set
             * @returns {ingester.v1.MergeStacktracesResponse} MergeStacktracesResponse instance
             * @type {{
             *   (properties: ingester.v1.MergeStacktracesResponse.$Shape): ingester.v1.MergeStacktracesResponse & ingester.v1.MergeStacktracesResponse.$Shape;
             *   (properties?: ingester.v1.MergeStacktracesResponse.$Properties): ingester.v1.MergeStacktracesResponse;
             * }}
             */
            MergeStacktracesResponse.create = function(properties) {
                return new MergeStacktracesResponse(properties);
            };

            /**
             * Encodes the specified MergeStacktracesResponse message. Does not implicitly {@link ingester.v1.MergeStacktracesResponse.verify|verify} messages.
             * @function encode
             * @memberof ingester.v1.MergeStacktracesResponse
             * @static
             * @param {ingester.v1.MergeStacktracesResponse.$Properties} message MergeStacktracesResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MergeStacktracesResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.names != null && message.names.length)
                    for (let i = 0; i < message.names.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.names[i]);
                if (message.stacks != null && message.stacks.length)
                    for (let i = 0; i < message.stacks.length; ++i)
                        $root.ingester.v1.Stack.encode(message.stacks[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.treeParent != null && message.treeParent.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).uint32s(message.treeParent);
                if (message.treeName != null && message.treeName.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).uint32s(message.treeName);
                if (message.treeSelf != null && message.treeSelf.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).int64s(message.treeSelf);
                if (message.missing != null && message.missing.length)
                    for (let i = 0; i < message.missing.length; ++i)
                        $root.ingester.v1.ProfileKey.encode(message.missing[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified MergeStacktracesResponse message, length delimited. Does not implicitly {@link ingester.v1.MergeStacktracesResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ingester.v1.MergeStacktracesResponse
             * @static
             * @param {ingester.v1.MergeStacktracesResponse.$Properties} message MergeStacktracesResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MergeStacktracesResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a MergeStacktracesResponse message from the specified reader or buffer.
             * @function decode
             * @memberof ingester.v1.MergeStacktracesResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ingester.v1.MergeStacktracesResponse & ingester.v1.MergeStacktracesResponse.$Shape} MergeStacktracesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MergeStacktracesResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ingester.v1.MergeStacktracesResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.names && message.names.length))
                                message.names = [];
                            message.names.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.stacks && message.stacks.length))
                                message.stacks = [];
                            message.stacks.push($root.ingester.v1.Stack.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.treeParent && message.treeParent.length))
                                    message.treeParent = [];
                                reader.uint32s(message.treeParent);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.treeParent && message.treeParent.length))
                                message.treeParent = [];
                            message.treeParent.push(reader.uint32());
                            continue;
                        }
                    case 4: {
                            if (wireType === 2) {
                                if (!(message.treeName && message.treeName.length))
                                    message.treeName = [];
                                reader.uint32s(message.treeName);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.treeName && message.treeName.length))
                                message.treeName = [];
                            message.treeName.push(reader.uint32());
                            continue;
                        }
                    case 5: {
                            if (wireType === 2) {
                                if (!(message.treeSelf && message.treeSelf.length))
                                    message.treeSelf = [];
                                reader.int64s(message.treeSelf);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.treeSelf && message.treeSelf.length))
                                message.treeSelf = [];
                            message.treeSelf.push(reader.int64());
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.missing && message.missing.length))
                                message.missing = [];
                            message.missing.push($root.ingester.v1.ProfileKey.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a MergeStacktracesResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ingester.v1.MergeStacktracesResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ingester.v1.MergeStacktracesResponse & ingester.v1.MergeStacktracesResponse.$Shape} MergeStacktracesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MergeStacktracesResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a MergeStacktracesResponse message.
             * @function verify
             * @memberof ingester.v1.MergeStacktracesResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MergeStacktracesResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.names != null && $Object.hasOwnProperty.call(message, "names")) {
                    if (!$Array.isArray(message.names))
                        return "names: array expected";
                    for (let i = 0; i < message.names.length; ++i)
                        if (!$util.isString(message.names[i]))
                            return "names: string[] expected";
                }
                if (message.stacks != null && $Object.hasOwnProperty.call(message, "stacks")) {
                    if (!$Array.isArray(message.stacks))
                        return "stacks: array expected";
                    for (let i = 0; i < message.stacks.length; ++i) {
                        let error = $root.ingester.v1.Stack.verify(message.stacks[i], _depth + 1);
                        if (error)
                            return "stacks." + error;
                    }
                }
                if (message.treeParent != null && $Object.hasOwnProperty.call(message, "treeParent")) {
                    if (!$Array.isArray(message.treeParent))
                        return "treeParent: array expected";
                    for (let i = 0; i < message.treeParent.length; ++i)
                        if (!$util.isInteger(message.treeParent[i]))
                            return "treeParent: integer[] expected";
                }
                if (message.treeName != null && $Object.hasOwnProperty.call(message, "treeName")) {
                    if (!$Array.isArray(message.treeName))
                        return "treeName: array expected";
                    for (let i = 0; i < message.treeName.length; ++i)
                        if (!$util.isInteger(message.treeName[i]))
                            return "treeName: integer[] expected";
                }
                if (message.treeSelf != null && $Object.hasOwnProperty.call(message, "treeSelf")) {
                    if (!$Array.isArray(message.treeSelf))
                        return "treeSelf: array expected";
                    for (let i = 0; i < message.treeSelf.length; ++i)
                        if (!$util.isInteger(message.treeSelf[i]) && !(message.treeSelf[i] && $util.isInteger(message.treeSelf[i].low) && $util.isInteger(message.treeSelf[i].high)))
                            return "treeSelf: integer|Long[] expected";
                }
                if (message.missing != null && $Object.hasOwnProperty.call(message, "missing")) {
                    if (!$Array.isArray(message.missing))
                        return "missing: array expected";
                    for (let i = 0; i < message.missing.length; ++i) {
                        let error = $root.ingester.v1.ProfileKey.verify(message.missing[i], _depth + 1);
                        if (error)
                            return "missing." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a MergeStacktracesResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ingester.v1.MergeStacktracesResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ingester.v1.MergeStacktracesResponse} MergeStacktracesResponse
             */
            MergeStacktracesResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.ingester.v1.MergeStacktracesResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ingester.v1.MergeStacktracesResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ingester.v1.MergeStacktracesResponse();
                if (object.names) {
                    if (!$Array.isArray(object.names))
                        throw $TypeError(".ingester.v1.MergeStacktracesResponse.names: array expected");
                    message.names = $Array(object.names.length);
                    for (let i = 0; i < object.names.length; ++i)
                        message.names[i] = $String(object.names[i]);
                }
                if (object.stacks) {
                    if (!$Array.isArray(object.stacks))
                        throw $TypeError(".ingester.v1.MergeStacktracesResponse.stacks: array expected");
                    message.stacks = $Array(object.stacks.length);
                    for (let i = 0; i < object.stacks.length; ++i) {
                        if (!$util.isObject(object.stacks[i]))
                            throw $TypeError(".ingester.v1.MergeStacktracesResponse.stacks: object expected");
                        message.stacks[i] = $root.ingester.v1.Stack.fromObject(object.stacks[i], _depth + 1);
                    }
                }
                if (object.treeParent) {
                    if (!$Array.isArray(object.treeParent))
                        throw $TypeError(".ingester.v1.MergeStacktracesResponse.treeParent: array expected");
                    message.treeParent = $Array(object.treeParent.length);
                    for (let i = 0; i < object.treeParent.length; ++i)
                        message.treeParent[i] = object.treeParent[i] >>> 0;
                }
                if (object.treeName) {
                    if (!$Array.isArray(object.treeName))
                        throw $TypeError(".ingester.v1.MergeStacktracesResponse.treeName: array expected");
                    message.treeName = $Array(object.treeName.length);
                    for (let i = 0; i < object.treeName.length; ++i)
                        message.treeName[i] = object.treeName[i] >>> 0;
                }
                if (object.treeSelf) {
                    if (!$Array.isArray(object.treeSelf))
                        throw $TypeError(".ingester.v1.MergeStacktracesResponse.treeSelf: array expected");
                    message.treeSelf = $Array(object.treeSelf.length);
                    for (let i = 0; i < object.treeSelf.length; ++i)
                        if ($util.Long)
                            message.treeSelf[i] = $util.Long.fromValue(object.treeSelf[i], false);
                        else if (typeof object.treeSelf[i] === "string")
                            message.treeSelf[i] = $parseInt(object.treeSelf[i], 10);
                        else if (typeof object.treeSelf[i] === "number")
                            message.treeSelf[i] = object.treeSelf[i];
                        else if (typeof object.treeSelf[i] === "object")
                            message.treeSelf[i] = new $util.LongBits(object.treeSelf[i].low >>> 0, object.treeSelf[i].high >>> 0).toNumber();
                }
                if (object.missing) {
                    if (!$Array.isArray(object.missing))
                        throw $TypeError(".ingester.v1.MergeStacktracesResponse.missing: array expected");
                    message.missing = $Array(object.missing.length);
                    for (let i = 0; i < object.missing.length; ++i) {
                        if (!$util.isObject(object.missing[i]))
                            throw $TypeError(".ingester.v1.MergeStacktracesResponse.missing: object expected");
                        message.missing[i] = $root.ingester.v1.ProfileKey.fromObject(object.missing[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a MergeStacktracesResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ingester.v1.MergeStacktracesResponse
             * @static
             * @param {ingester.v1.MergeStacktracesResponse} message MergeStacktracesResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MergeStacktracesResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.names = [];
                    object.stacks = [];
                    object.treeParent = [];
                    object.treeName = [];
                    object.treeSelf = [];
                    object.missing = [];
                }
                if (message.names && message.names.length) {
                    object.names = $Array(message.names.length);
                    for (let j = 0; j < message.names.length; ++j)
                        object.names[j] = message.names[j];
                }
                if (message.stacks && message.stacks.length) {
                    object.stacks = $Array(message.stacks.length);
                    for (let j = 0; j < message.stacks.length; ++j)
                        object.stacks[j] = $root.ingester.v1.Stack.toObject(message.stacks[j], options, _depth + 1);
                }
                if (message.treeParent && message.treeParent.length) {
                    object.treeParent = $Array(message.treeParent.length);
                    for (let j = 0; j < message.treeParent.length; ++j)
                        object.treeParent[j] = message.treeParent[j];
                }
                if (message.treeName && message.treeName.length) {
                    object.treeName = $Array(message.treeName.length);
                    for (let j = 0; j < message.treeName.length; ++j)
                        object.treeName[j] = message.treeName[j];
                }
                if (message.treeSelf && message.treeSelf.length) {
                    object.treeSelf = $Array(message.treeSelf.length);
                    for (let j = 0; j < message.treeSelf.length; ++j)
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.treeSelf[j] = typeof message.treeSelf[j] === "number" ? $BigInt(message.treeSelf[j]) : $util.Long.fromBits(message.treeSelf[j].low >>> 0, message.treeSelf[j].high >>> 0, false).toBigInt();
                        else if (typeof message.treeSelf[j] === "number")
                            object.treeSelf[j] = options.longs === $String ? $String(message.treeSelf[j]) : message.treeSelf[j];
                        else
                            object.treeSelf[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.treeSelf[j]) : options.longs === $Number ? new $util.LongBits(message.treeSelf[j].low >>> 0, message.treeSelf[j].high >>> 0).toNumber() : message.treeSelf[j];
                }
                if (message.missing && message.missing.length) {
                    object.missing = $Array(message.missing.length);
                    for (let j = 0; j < message.missing.length; ++j)
                        object.missing[j] = $root.ingester.v1.ProfileKey.toObject(message.missing[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this MergeStacktracesResponse to JSON.
             * @function toJSON
             * @memberof ingester.v1.MergeStacktracesResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MergeStacktracesResponse.prototype.toJSON = function() {
                return MergeStacktracesResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MergeStacktracesResponse
             * @function getTypeUrl
             * @memberof ingester.v1.MergeStacktracesResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MergeStacktracesResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ingester.v1.MergeStacktracesResponse";
            };

            return MergeStacktracesResponse;
        })();

        v1.Stack = (function() {

            /**
             * Properties of a Stack.
             * @typedef {Object} ingester.v1.Stack.$Properties
             * @property {Array.<number>|null} [nameIds] Stack nameIds
             * @property {number|null} [value] Stack value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Stack.
             * @memberof ingester.v1
             * @interface IStack
             * @augments ingester.v1.Stack.$Properties
             * @deprecated Use ingester.v1.Stack.$Properties instead.
             */

            /**
             * Shape of a Stack.
             * @typedef {ingester.v1.Stack.$Properties} ingester.v1.Stack.$Shape
             */

            /**
             * Constructs a new Stack.
             * @memberof ingester.v1
             * @classdesc Represents a Stack.
             * @constructor
             * @param {ingester.v1.Stack.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Stack = function (properties) {
                this.nameIds = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Stack nameIds.
             * @member {Array.<number>} nameIds
             * @memberof ingester.v1.Stack
             * @instance
             */
            Stack.prototype.nameIds = $util.emptyArray;

            /**
             * Stack value.
             * @member {number} value
             * @memberof ingester.v1.Stack
             * @instance
             */
            Stack.prototype.value = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new Stack instance using the specified properties.
             * @function create
             * @memberof ingester.v1.Stack
             * @static
             * @param {ingester.v1.Stack.$Properties=} [properties] Properties to set
             * @returns {ingester.v1.Stack} Stack instance
             * @type {{
             *   (properties: ingester.v1.Stack.$Shape): ingester.v1.Stack & ingester.v1.Stack.$Shape;
             *   (properties?: ingester.v1.Stack.$Properties): ingester.v1.Stack;
             * }}
             */
            Stack.create = function(properties) {
                return new Stack(properties);
            };

            /**
             * Encodes the specified Stack message. Does not implicitly {@link ingester.v1.Stack.verify|verify} messages.
             * @function encode
             * @memberof ingester.v1.Stack
             * @static
             * @param {ingester.v1.Stack.$Properties} message Stack message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Stack.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nameIds != null && message.nameIds.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).uint32s(message.nameIds);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && (typeof message.value === "object" ? message.value.low || message.value.high : message.value !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Stack message, length delimited. Does not implicitly {@link ingester.v1.Stack.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ingester.v1.Stack
             * @static
             * @param {ingester.v1.Stack.$Properties} message Stack message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Stack.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Stack message from the specified reader or buffer.
             * @function decode
             * @memberof ingester.v1.Stack
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ingester.v1.Stack & ingester.v1.Stack.$Shape} Stack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Stack.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ingester.v1.Stack();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType === 2) {
                                if (!(message.nameIds && message.nameIds.length))
                                    message.nameIds = [];
                                reader.uint32s(message.nameIds);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.nameIds && message.nameIds.length))
                                message.nameIds = [];
                            message.nameIds.push(reader.uint32());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Stack message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ingester.v1.Stack
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ingester.v1.Stack & ingester.v1.Stack.$Shape} Stack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Stack.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Stack message.
             * @function verify
             * @memberof ingester.v1.Stack
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Stack.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.nameIds != null && $Object.hasOwnProperty.call(message, "nameIds")) {
                    if (!$Array.isArray(message.nameIds))
                        return "nameIds: array expected";
                    for (let i = 0; i < message.nameIds.length; ++i)
                        if (!$util.isInteger(message.nameIds[i]))
                            return "nameIds: integer[] expected";
                }
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    if (!$util.isInteger(message.value) && !(message.value && $util.isInteger(message.value.low) && $util.isInteger(message.value.high)))
                        return "value: integer|Long expected";
                return null;
            };

            /**
             * Creates a Stack message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ingester.v1.Stack
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ingester.v1.Stack} Stack
             */
            Stack.fromObject = function (object, _depth) {
                if (object instanceof $root.ingester.v1.Stack)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ingester.v1.Stack: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ingester.v1.Stack();
                if (object.nameIds) {
                    if (!$Array.isArray(object.nameIds))
                        throw $TypeError(".ingester.v1.Stack.nameIds: array expected");
                    message.nameIds = $Array(object.nameIds.length);
                    for (let i = 0; i < object.nameIds.length; ++i)
                        message.nameIds[i] = object.nameIds[i] >>> 0;
                }
                if (object.value != null)
                    if (typeof object.value === "object" ? object.value.low || object.value.high : $Number(object.value) !== 0)
                        if ($util.Long)
                            message.value = $util.Long.fromValue(object.value, false);
                        else if (typeof object.value === "string")
                            message.value = $parseInt(object.value, 10);
                        else if (typeof object.value === "number")
                            message.value = object.value;
                        else if (typeof object.value === "object")
                            message.value = new $util.LongBits(object.value.low >>> 0, object.value.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a Stack message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ingester.v1.Stack
             * @static
             * @param {ingester.v1.Stack} message Stack
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Stack.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.nameIds = [];
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.value = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.value = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.nameIds && message.nameIds.length) {
                    object.nameIds = $Array(message.nameIds.length);
                    for (let j = 0; j < message.nameIds.length; ++j)
                        object.nameIds[j] = message.nameIds[j];
                }
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.value = typeof message.value === "number" ? $BigInt(message.value) : $util.Long.fromBits(message.value.low >>> 0, message.value.high >>> 0, false).toBigInt();
                    else if (typeof message.value === "number")
                        object.value = options.longs === $String ? $String(message.value) : message.value;
                    else
                        object.value = options.longs === $String ? $util.Long.prototype.toString.call(message.value) : options.longs === $Number ? new $util.LongBits(message.value.low >>> 0, message.value.high >>> 0).toNumber() : message.value;
                return object;
            };

            /**
             * Converts this Stack to JSON.
             * @function toJSON
             * @memberof ingester.v1.Stack
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Stack.prototype.toJSON = function() {
                return Stack.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Stack
             * @function getTypeUrl
             * @memberof ingester.v1.Stack
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Stack.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ingester.v1.Stack";
            };

            return Stack;
        })();

        v1.FlushRequest = (function() {

            /**
             * Properties of a FlushRequest.
             * @typedef {Object} ingester.v1.FlushRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FlushRequest.
             * @memberof ingester.v1
             * @interface IFlushRequest
             * @augments ingester.v1.FlushRequest.$Properties
             * @deprecated Use ingester.v1.FlushRequest.$Properties instead.
             */

            /**
             * Shape of a FlushRequest.
             * @typedef {ingester.v1.FlushRequest.$Properties} ingester.v1.FlushRequest.$Shape
             */

            /**
             * Constructs a new FlushRequest.
             * @memberof ingester.v1
             * @classdesc Represents a FlushRequest.
             * @constructor
             * @param {ingester.v1.FlushRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FlushRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new FlushRequest instance using the specified properties.
             * @function create
             * @memberof ingester.v1.FlushRequest
             * @static
             * @param {ingester.v1.FlushRequest.$Properties=} [properties] Properties to set
             * @returns {ingester.v1.FlushRequest} FlushRequest instance
             * @type {{
             *   (properties: ingester.v1.FlushRequest.$Shape): ingester.v1.FlushRequest & ingester.v1.FlushRequest.$Shape;
             *   (properties?: ingester.v1.FlushRequest.$Properties): ingester.v1.FlushRequest;
             * }}
             */
            FlushRequest.create = function(properties) {
                return new FlushRequest(properties);
            };

            /**
             * Encodes the specified FlushRequest message. Does not implicitly {@link ingester.v1.FlushRequest.verify|verify} messages.
             * @function encode
             * @memberof ingester.v1.FlushRequest
             * @static
             * @param {ingester.v1.FlushRequest.$Properties} message FlushRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FlushRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified FlushRequest message, length delimited. Does not implicitly {@link ingester.v1.FlushRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ingester.v1.FlushRequest
             * @static
             * @param {ingester.v1.FlushRequest.$Properties} message FlushRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FlushRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a FlushRequest message from the specified reader or buffer.
             * @function decode
             * @memberof ingester.v1.FlushRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ingester.v1.FlushRequest & ingester.v1.FlushRequest.$Shape} FlushRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FlushRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ingester.v1.FlushRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a FlushRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ingester.v1.FlushRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ingester.v1.FlushRequest & ingester.v1.FlushRequest.$Shape} FlushRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FlushRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a FlushRequest message.
             * @function verify
             * @memberof ingester.v1.FlushRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FlushRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a FlushRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ingester.v1.FlushRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ingester.v1.FlushRequest} FlushRequest
             */
            FlushRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.ingester.v1.FlushRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ingester.v1.FlushRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.ingester.v1.FlushRequest();
            };

            /**
             * Creates a plain object from a FlushRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ingester.v1.FlushRequest
             * @static
             * @param {ingester.v1.FlushRequest} message FlushRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FlushRequest.toObject = function () {
                return {};
            };

            /**
             * Converts this FlushRequest to JSON.
             * @function toJSON
             * @memberof ingester.v1.FlushRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FlushRequest.prototype.toJSON = function() {
                return FlushRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for FlushRequest
             * @function getTypeUrl
             * @memberof ingester.v1.FlushRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FlushRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ingester.v1.FlushRequest";
            };

            return FlushRequest;
        })();

        v1.FlushResponse = (function() {

            /**
             * Properties of a FlushResponse.
             * @typedef {Object} ingester.v1.FlushResponse.$Properties
             * @property {Array.<string>|null} [blocks] FlushResponse blocks
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FlushResponse.
             * @memberof ingester.v1
             * @interface IFlushResponse
             * @augments ingester.v1.FlushResponse.$Properties
             * @deprecated Use ingester.v1.FlushResponse.$Properties instead.
             */

            /**
             * Shape of a FlushResponse.
             * @typedef {ingester.v1.FlushResponse.$Properties} ingester.v1.FlushResponse.$Shape
             */

            /**
             * Constructs a new FlushResponse.
             * @memberof ingester.v1
             * @classdesc Represents a FlushResponse.
             * @constructor
             * @param {ingester.v1.FlushResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FlushResponse = function (properties) {
                this.blocks = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FlushResponse blocks.
             * @member {Array.<string>} blocks
             * @memberof ingester.v1.FlushResponse
             * @instance
             */
            FlushResponse.prototype.blocks = $util.emptyArray;

            /**
             * Creates a new FlushResponse instance using the specified properties.
             * @function create
             * @memberof ingester.v1.FlushResponse
             * @static
             * @param {ingester.v1.FlushResponse.$Properties=} [properties] Properties to set
             * @returns {ingester.v1.FlushResponse} FlushResponse instance
             * @type {{
             *   (properties: ingester.v1.FlushResponse.$Shape): ingester.v1.FlushResponse & ingester.v1.FlushResponse.$Shape;
             *   (properties?: ingester.v1.FlushResponse.$Properties): ingester.v1.FlushResponse;
             * }}
             */
            FlushResponse.create = function(properties) {
                return new FlushResponse(properties);
            };

            /**
             * Encodes the specified FlushResponse message. Does not implicitly {@link ingester.v1.FlushResponse.verify|verify} messages.
             * @function encode
             * @memberof ingester.v1.FlushResponse
             * @static
             * @param {ingester.v1.FlushResponse.$Properties} message FlushResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FlushResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.blocks != null && message.blocks.length)
                    for (let i = 0; i < message.blocks.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.blocks[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified FlushResponse message, length delimited. Does not implicitly {@link ingester.v1.FlushResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ingester.v1.FlushResponse
             * @static
             * @param {ingester.v1.FlushResponse.$Properties} message FlushResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FlushResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a FlushResponse message from the specified reader or buffer.
             * @function decode
             * @memberof ingester.v1.FlushResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ingester.v1.FlushResponse & ingester.v1.FlushResponse.$Shape} FlushResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FlushResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ingester.v1.FlushResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.blocks && message.blocks.length))
                                message.blocks = [];
                            message.blocks.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a FlushResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ingester.v1.FlushResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ingester.v1.FlushResponse & ingester.v1.FlushResponse.$Shape} FlushResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FlushResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a FlushResponse message.
             * @function verify
             * @memberof ingester.v1.FlushResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FlushResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.blocks != null && $Object.hasOwnProperty.call(message, "blocks")) {
                    if (!$Array.isArray(message.blocks))
                        return "blocks: array expected";
                    for (let i = 0; i < message.blocks.length; ++i)
                        if (!$util.isString(message.blocks[i]))
                            return "blocks: string[] expected";
                }
                return null;
            };

            /**
             * Creates a FlushResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ingester.v1.FlushResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ingester.v1.FlushResponse} FlushResponse
             */
            FlushResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.ingester.v1.FlushResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ingester.v1.FlushResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ingester.v1.FlushResponse();
                if (object.blocks) {
                    if (!$Array.isArray(object.blocks))
                        throw $TypeError(".ingester.v1.FlushResponse.blocks: array expected");
                    message.blocks = $Array(object.blocks.length);
                    for (let i = 0; i < object.blocks.length; ++i)
                        message.blocks[i] = $String(object.blocks[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a FlushResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ingester.v1.FlushResponse
             * @static
             * @param {ingester.v1.FlushResponse} message FlushResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FlushResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.blocks = [];
                if (message.blocks && message.blocks.length) {
                    object.blocks = $Array(message.blocks.length);
                    for (let j = 0; j < message.blocks.length; ++j)
                        object.blocks[j] = message.blocks[j];
                }
                return object;
            };

            /**
             * Converts this FlushResponse to JSON.
             * @function toJSON
             * @memberof ingester.v1.FlushResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FlushResponse.prototype.toJSON = function() {
                return FlushResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for FlushResponse
             * @function getTypeUrl
             * @memberof ingester.v1.FlushResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FlushResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ingester.v1.FlushResponse";
            };

            return FlushResponse;
        })();

        return v1;
    })();

    return ingester;
})();

export {
  $root as default
};
