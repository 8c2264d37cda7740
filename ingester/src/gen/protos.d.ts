import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace types. */
export namespace types {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of a LabelPair.
         * @deprecated Use types.v1.LabelPair.$Properties instead.
         */
        interface ILabelPair extends types.v1.LabelPair.$Properties {
        }

        /** Represents a LabelPair. */
        class LabelPair {

            /**
             * Constructs a new LabelPair.
             * @param [properties] Properties to set
             */
            constructor(properties?: types.v1.LabelPair.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LabelPair name. */
            name: string;

            /** LabelPair value. */
            value: string;

            /**
             * Creates a new LabelPair instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LabelPair instance
             */
            static create(properties: types.v1.LabelPair.$Shape): types.v1.LabelPair & types.v1.LabelPair.$Shape;
            static create(properties?: types.v1.LabelPair.$Properties): types.v1.LabelPair;

            /**
             * Encodes the specified LabelPair message. Does not implicitly {@link types.v1.LabelPair.verify|verify} messages.
             * @param message LabelPair message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: types.v1.LabelPair.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LabelPair message, length delimited. Does not implicitly {@link types.v1.LabelPair.verify|verify} messages.
             * @param message LabelPair message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: types.v1.LabelPair.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LabelPair message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {types.v1.LabelPair & types.v1.LabelPair.$Shape} LabelPair
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): types.v1.LabelPair & types.v1.LabelPair.$Shape;

            /**
             * Decodes a LabelPair message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {types.v1.LabelPair & types.v1.LabelPair.$Shape} LabelPair
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): types.v1.LabelPair & types.v1.LabelPair.$Shape;

            /**
             * Verifies a LabelPair message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LabelPair message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LabelPair
             */
            static fromObject(object: { [k: string]: any }): types.v1.LabelPair;

            /**
             * Creates a plain object from a LabelPair message. Also converts values to other types if specified.
             * @param message LabelPair
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: types.v1.LabelPair, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LabelPair to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LabelPair
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LabelPair {

            /** Properties of a LabelPair. */
            interface $Properties {

                /** LabelPair name */
                name?: (string|null);

                /** LabelPair value */
                value?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LabelPair. */
            type $Shape = types.v1.LabelPair.$Properties;
        }

        /**
         * Properties of a Labels.
         * @deprecated Use types.v1.Labels.$Properties instead.
         */
        interface ILabels extends types.v1.Labels.$Properties {
        }

        /** Represents a Labels. */
        class Labels {

            /**
             * Constructs a new Labels.
             * @param [properties] Properties to set
             */
            constructor(properties?: types.v1.Labels.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Labels labels. */
            labels: types.v1.LabelPair.$Properties[];

            /**
             * Creates a new Labels instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Labels instance
             */
            static create(properties: types.v1.Labels.$Shape): types.v1.Labels & types.v1.Labels.$Shape;
            static create(properties?: types.v1.Labels.$Properties): types.v1.Labels;

            /**
             * Encodes the specified Labels message. Does not implicitly {@link types.v1.Labels.verify|verify} messages.
             * @param message Labels message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: types.v1.Labels.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Labels message, length delimited. Does not implicitly {@link types.v1.Labels.verify|verify} messages.
             * @param message Labels message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: types.v1.Labels.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Labels message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {types.v1.Labels & types.v1.Labels.$Shape} Labels
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): types.v1.Labels & types.v1.Labels.$Shape;

            /**
             * Decodes a Labels message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {types.v1.Labels & types.v1.Labels.$Shape} Labels
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): types.v1.Labels & types.v1.Labels.$Shape;

            /**
             * Verifies a Labels message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Labels message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Labels
             */
            static fromObject(object: { [k: string]: any }): types.v1.Labels;

            /**
             * Creates a plain object from a Labels message. Also converts values to other types if specified.
             * @param message Labels
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: types.v1.Labels, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Labels to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Labels
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Labels {

            /** Properties of a Labels. */
            interface $Properties {

                /** Labels labels */
                labels?: (types.v1.LabelPair.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Labels. */
            type $Shape = types.v1.Labels.$Properties;
        }

        /**
         * Properties of a ProfileAnnotation.
         * @deprecated Use types.v1.ProfileAnnotation.$Properties instead.
         */
        interface IProfileAnnotation extends types.v1.ProfileAnnotation.$Properties {
        }

        /** Represents a ProfileAnnotation. */
        class ProfileAnnotation {

            /**
             * Constructs a new ProfileAnnotation.
             * @param [properties] Properties to set
             */
            constructor(properties?: types.v1.ProfileAnnotation.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ProfileAnnotation key. */
            key: string;

            /** ProfileAnnotation value. */
            value: string;

            /**
             * Creates a new ProfileAnnotation instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ProfileAnnotation instance
             */
            static create(properties: types.v1.ProfileAnnotation.$Shape): types.v1.ProfileAnnotation & types.v1.ProfileAnnotation.$Shape;
            static create(properties?: types.v1.ProfileAnnotation.$Properties): types.v1.ProfileAnnotation;

            /**
             * Encodes the specified ProfileAnnotation message. Does not implicitly {@link types.v1.ProfileAnnotation.verify|verify} messages.
             * @param message ProfileAnnotation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: types.v1.ProfileAnnotation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ProfileAnnotation message, length delimited. Does not implicitly {@link types.v1.ProfileAnnotation.verify|verify} messages.
             * @param message ProfileAnnotation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: types.v1.ProfileAnnotation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProfileAnnotation message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {types.v1.ProfileAnnotation & types.v1.ProfileAnnotation.$Shape} ProfileAnnotation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): types.v1.ProfileAnnotation & types.v1.ProfileAnnotation.$Shape;

            /**
             * Decodes a ProfileAnnotation message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {types.v1.ProfileAnnotation & types.v1.ProfileAnnotation.$Shape} ProfileAnnotation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): types.v1.ProfileAnnotation & types.v1.ProfileAnnotation.$Shape;

            /**
             * Verifies a ProfileAnnotation message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ProfileAnnotation message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ProfileAnnotation
             */
            static fromObject(object: { [k: string]: any }): types.v1.ProfileAnnotation;

            /**
             * Creates a plain object from a ProfileAnnotation message. Also converts values to other types if specified.
             * @param message ProfileAnnotation
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: types.v1.ProfileAnnotation, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ProfileAnnotation to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ProfileAnnotation
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ProfileAnnotation {

            /** Properties of a ProfileAnnotation. */
            interface $Properties {

                /** ProfileAnnotation key */
                key?: (string|null);

                /** ProfileAnnotation value */
                value?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ProfileAnnotation. */
            type $Shape = types.v1.ProfileAnnotation.$Properties;
        }

        /**
         * Properties of a ProfileType.
         * @deprecated Use types.v1.ProfileType.$Properties instead.
         */
        interface IProfileType extends types.v1.ProfileType.$Properties {
        }

        /** Represents a ProfileType. */
        class ProfileType {

            /**
             * Constructs a new ProfileType.
             * @param [properties] Properties to set
             */
            constructor(properties?: types.v1.ProfileType.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ProfileType ID. */
            ID: string;

            /** ProfileType name. */
            name: string;

            /** ProfileType sampleType. */
            sampleType: string;

            /** ProfileType sampleUnit. */
            sampleUnit: string;

            /** ProfileType periodType. */
            periodType: string;

            /** ProfileType periodUnit. */
            periodUnit: string;

            /**
             * Creates a new ProfileType instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ProfileType instance
             */
            static create(properties: types.v1.ProfileType.$Shape): types.v1.ProfileType & types.v1.ProfileType.$Shape;
            static create(properties?: types.v1.ProfileType.$Properties): types.v1.ProfileType;

            /**
             * Encodes the specified ProfileType message. Does not implicitly {@link types.v1.ProfileType.verify|verify} messages.
             * @param message ProfileType message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: types.v1.ProfileType.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ProfileType message, length delimited. Does not implicitly {@link types.v1.ProfileType.verify|verify} messages.
             * @param message ProfileType message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: types.v1.ProfileType.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProfileType message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {types.v1.ProfileType & types.v1.ProfileType.$Shape} ProfileType
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): types.v1.ProfileType & types.v1.ProfileType.$Shape;

            /**
             * Decodes a ProfileType message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {types.v1.ProfileType & types.v1.ProfileType.$Shape} ProfileType
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): types.v1.ProfileType & types.v1.ProfileType.$Shape;

            /**
             * Verifies a ProfileType message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ProfileType message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ProfileType
             */
            static fromObject(object: { [k: string]: any }): types.v1.ProfileType;

            /**
             * Creates a plain object from a ProfileType message. Also converts values to other types if specified.
             * @param message ProfileType
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: types.v1.ProfileType, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ProfileType to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ProfileType
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ProfileType {

            /** Properties of a ProfileType. */
            interface $Properties {

                /** ProfileType ID */
                ID?: (string|null);

                /** ProfileType name */
                name?: (string|null);

                /** ProfileType sampleType */
                sampleType?: (string|null);

                /** ProfileType sampleUnit */
                sampleUnit?: (string|null);

                /** ProfileType periodType */
                periodType?: (string|null);

                /** ProfileType periodUnit */
                periodUnit?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ProfileType. */
            type $Shape = types.v1.ProfileType.$Properties;
        }

        /**
         * Properties of a Series.
         * @deprecated Use types.v1.Series.$Properties instead.
         */
        interface ISeries extends types.v1.Series.$Properties {
        }

        /** Represents a Series. */
        class Series {

            /**
             * Constructs a new Series.
             * @param [properties] Properties to set
             */
            constructor(properties?: types.v1.Series.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Series labels. */
            labels: types.v1.LabelPair.$Properties[];

            /** Series points. */
            points: types.v1.Point.$Properties[];

            /**
             * Creates a new Series instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Series instance
             */
            static create(properties: types.v1.Series.$Shape): types.v1.Series & types.v1.Series.$Shape;
            static create(properties?: types.v1.Series.$Properties): types.v1.Series;

            /**
             * Encodes the specified Series message. Does not implicitly {@link types.v1.Series.verify|verify} messages.
             * @param message Series message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: types.v1.Series.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Series message, length delimited. Does not implicitly {@link types.v1.Series.verify|verify} messages.
             * @param message Series message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: types.v1.Series.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Series message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {types.v1.Series & types.v1.Series.$Shape} Series
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): types.v1.Series & types.v1.Series.$Shape;

            /**
             * Decodes a Series message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {types.v1.Series & types.v1.Series.$Shape} Series
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): types.v1.Series & types.v1.Series.$Shape;

            /**
             * Verifies a Series message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Series message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Series
             */
            static fromObject(object: { [k: string]: any }): types.v1.Series;

            /**
             * Creates a plain object from a Series message. Also converts values to other types if specified.
             * @param message Series
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: types.v1.Series, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Series to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Series
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Series {

            /** Properties of a Series. */
            interface $Properties {

                /** Series labels */
                labels?: (types.v1.LabelPair.$Properties[]|null);

                /** Series points */
                points?: (types.v1.Point.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Series. */
            type $Shape = types.v1.Series.$Properties;
        }

        /**
         * Properties of a Point.
         * @deprecated Use types.v1.Point.$Properties instead.
         */
        interface IPoint extends types.v1.Point.$Properties {
        }

        /** Represents a Point. */
        class Point {

            /**
             * Constructs a new Point.
             * @param [properties] Properties to set
             */
            constructor(properties?: types.v1.Point.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Point value. */
            value: number;

            /** Point timestamp. */
            timestamp: number;

            /** Point annotations. */
            annotations: types.v1.ProfileAnnotation.$Properties[];

            /** Point exemplars. */
            exemplars: types.v1.Exemplar.$Properties[];

            /**
             * Creates a new Point instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Point instance
             */
            static create(properties: types.v1.Point.$Shape): types.v1.Point & types.v1.Point.$Shape;
            static create(properties?: types.v1.Point.$Properties): types.v1.Point;

            /**
             * Encodes the specified Point message. Does not implicitly {@link types.v1.Point.verify|verify} messages.
             * @param message Point message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: types.v1.Point.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Point message, length delimited. Does not implicitly {@link types.v1.Point.verify|verify} messages.
             * @param message Point message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: types.v1.Point.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Point message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {types.v1.Point & types.v1.Point.$Shape} Point
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): types.v1.Point & types.v1.Point.$Shape;

            /**
             * Decodes a Point message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {types.v1.Point & types.v1.Point.$Shape} Point
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): types.v1.Point & types.v1.Point.$Shape;

            /**
             * Verifies a Point message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Point message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Point
             */
            static fromObject(object: { [k: string]: any }): types.v1.Point;

            /**
             * Creates a plain object from a Point message. Also converts values to other types if specified.
             * @param message Point
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: types.v1.Point, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Point to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Point
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Point {

            /** Properties of a Point. */
            interface $Properties {

                /** Point value */
                value?: (number|null);

                /** Point timestamp */
                timestamp?: (number|null);

                /** Point annotations */
                annotations?: (types.v1.ProfileAnnotation.$Properties[]|null);

                /** Point exemplars */
                exemplars?: (types.v1.Exemplar.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Point. */
            type $Shape = types.v1.Point.$Properties;
        }

        /**
         * Properties of an Exemplar.
         * @deprecated Use types.v1.Exemplar.$Properties instead.
         */
        interface IExemplar extends types.v1.Exemplar.$Properties {
        }

        /** Represents an Exemplar. */
        class Exemplar {

            /**
             * Constructs a new Exemplar.
             * @param [properties] Properties to set
             */
            constructor(properties?: types.v1.Exemplar.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Exemplar timestamp. */
            timestamp: number;

            /** Exemplar profileId. */
            profileId: string;

            /** Exemplar spanId. */
            spanId: string;

            /** Exemplar value. */
            value: number;

            /**
             * Creates a new Exemplar instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Exemplar instance
             */
            static create(properties: types.v1.Exemplar.$Shape): types.v1.Exemplar & types.v1.Exemplar.$Shape;
            static create(properties?: types.v1.Exemplar.$Properties): types.v1.Exemplar;

            /**
             * Encodes the specified Exemplar message. Does not implicitly {@link types.v1.Exemplar.verify|verify} messages.
             * @param message Exemplar message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: types.v1.Exemplar.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Exemplar message, length delimited. Does not implicitly {@link types.v1.Exemplar.verify|verify} messages.
             * @param message Exemplar message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: types.v1.Exemplar.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Exemplar message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {types.v1.Exemplar & types.v1.Exemplar.$Shape} Exemplar
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): types.v1.Exemplar & types.v1.Exemplar.$Shape;

            /**
             * Decodes an Exemplar message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {types.v1.Exemplar & types.v1.Exemplar.$Shape} Exemplar
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): types.v1.Exemplar & types.v1.Exemplar.$Shape;

            /**
             * Verifies an Exemplar message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Exemplar message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Exemplar
             */
            static fromObject(object: { [k: string]: any }): types.v1.Exemplar;

            /**
             * Creates a plain object from an Exemplar message. Also converts values to other types if specified.
             * @param message Exemplar
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: types.v1.Exemplar, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Exemplar to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Exemplar
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Exemplar {

            /** Properties of an Exemplar. */
            interface $Properties {

                /** Exemplar timestamp */
                timestamp?: (number|null);

                /** Exemplar profileId */
                profileId?: (string|null);

                /** Exemplar spanId */
                spanId?: (string|null);

                /** Exemplar value */
                value?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Exemplar. */
            type $Shape = types.v1.Exemplar.$Properties;
        }

        /**
         * Properties of a LabelValuesRequest.
         * @deprecated Use types.v1.LabelValuesRequest.$Properties instead.
         */
        interface ILabelValuesRequest extends types.v1.LabelValuesRequest.$Properties {
        }

        /** Represents a LabelValuesRequest. */
        class LabelValuesRequest {

            /**
             * Constructs a new LabelValuesRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: types.v1.LabelValuesRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LabelValuesRequest name. */
            name: string;

            /** LabelValuesRequest matchers. */
            matchers: string[];

            /** LabelValuesRequest start. */
            start: number;

            /** LabelValuesRequest end. */
            end: number;

            /**
             * Creates a new LabelValuesRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LabelValuesRequest instance
             */
            static create(properties: types.v1.LabelValuesRequest.$Shape): types.v1.LabelValuesRequest & types.v1.LabelValuesRequest.$Shape;
            static create(properties?: types.v1.LabelValuesRequest.$Properties): types.v1.LabelValuesRequest;

            /**
             * Encodes the specified LabelValuesRequest message. Does not implicitly {@link types.v1.LabelValuesRequest.verify|verify} messages.
             * @param message LabelValuesRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: types.v1.LabelValuesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LabelValuesRequest message, length delimited. Does not implicitly {@link types.v1.LabelValuesRequest.verify|verify} messages.
             * @param message LabelValuesRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: types.v1.LabelValuesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LabelValuesRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {types.v1.LabelValuesRequest & types.v1.LabelValuesRequest.$Shape} LabelValuesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): types.v1.LabelValuesRequest & types.v1.LabelValuesRequest.$Shape;

            /**
             * Decodes a LabelValuesRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {types.v1.LabelValuesRequest & types.v1.LabelValuesRequest.$Shape} LabelValuesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): types.v1.LabelValuesRequest & types.v1.LabelValuesRequest.$Shape;

            /**
             * Verifies a LabelValuesRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LabelValuesRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LabelValuesRequest
             */
            static fromObject(object: { [k: string]: any }): types.v1.LabelValuesRequest;

            /**
             * Creates a plain object from a LabelValuesRequest message. Also converts values to other types if specified.
             * @param message LabelValuesRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: types.v1.LabelValuesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LabelValuesRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LabelValuesRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LabelValuesRequest {

            /** Properties of a LabelValuesRequest. */
            interface $Properties {

                /** LabelValuesRequest name */
                name?: (string|null);

                /** LabelValuesRequest matchers */
                matchers?: (string[]|null);

                /** LabelValuesRequest start */
                start?: (number|null);

                /** LabelValuesRequest end */
                end?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LabelValuesRequest. */
            type $Shape = types.v1.LabelValuesRequest.$Properties;
        }

        /**
         * Properties of a LabelValuesResponse.
         * @deprecated Use types.v1.LabelValuesResponse.$Properties instead.
         */
        interface ILabelValuesResponse extends types.v1.LabelValuesResponse.$Properties {
        }

        /** Represents a LabelValuesResponse. */
        class LabelValuesResponse {

            /**
             * Constructs a new LabelValuesResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: types.v1.LabelValuesResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LabelValuesResponse names. */
            names: string[];

            /**
             * Creates a new LabelValuesResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LabelValuesResponse instance
             */
            static create(properties: types.v1.LabelValuesResponse.$Shape): types.v1.LabelValuesResponse & types.v1.LabelValuesResponse.$Shape;
            static create(properties?: types.v1.LabelValuesResponse.$Properties): types.v1.LabelValuesResponse;

            /**
             * Encodes the specified LabelValuesResponse message. Does not implicitly {@link types.v1.LabelValuesResponse.verify|verify} messages.
             * @param message LabelValuesResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: types.v1.LabelValuesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LabelValuesResponse message, length delimited. Does not implicitly {@link types.v1.LabelValuesResponse.verify|verify} messages.
             * @param message LabelValuesResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: types.v1.LabelValuesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LabelValuesResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {types.v1.LabelValuesResponse & types.v1.LabelValuesResponse.$Shape} LabelValuesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): types.v1.LabelValuesResponse & types.v1.LabelValuesResponse.$Shape;

            /**
             * Decodes a LabelValuesResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {types.v1.LabelValuesResponse & types.v1.LabelValuesResponse.$Shape} LabelValuesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): types.v1.LabelValuesResponse & types.v1.LabelValuesResponse.$Shape;

            /**
             * Verifies a LabelValuesResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LabelValuesResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LabelValuesResponse
             */
            static fromObject(object: { [k: string]: any }): types.v1.LabelValuesResponse;

            /**
             * Creates a plain object from a LabelValuesResponse message. Also converts values to other types if specified.
             * @param message LabelValuesResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: types.v1.LabelValuesResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LabelValuesResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LabelValuesResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LabelValuesResponse {

            /** Properties of a LabelValuesResponse. */
            interface $Properties {

                /** LabelValuesResponse names */
                names?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LabelValuesResponse. */
            type $Shape = types.v1.LabelValuesResponse.$Properties;
        }

        /**
         * Properties of a LabelNamesRequest.
         * @deprecated Use types.v1.LabelNamesRequest.$Properties instead.
         */
        interface ILabelNamesRequest extends types.v1.LabelNamesRequest.$Properties {
        }

        /** Represents a LabelNamesRequest. */
        class LabelNamesRequest {

            /**
             * Constructs a new LabelNamesRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: types.v1.LabelNamesRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LabelNamesRequest matchers. */
            matchers: string[];

            /** LabelNamesRequest start. */
            start: number;

            /** LabelNamesRequest end. */
            end: number;

            /**
             * Creates a new LabelNamesRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LabelNamesRequest instance
             */
            static create(properties: types.v1.LabelNamesRequest.$Shape): types.v1.LabelNamesRequest & types.v1.LabelNamesRequest.$Shape;
            static create(properties?: types.v1.LabelNamesRequest.$Properties): types.v1.LabelNamesRequest;

            /**
             * Encodes the specified LabelNamesRequest message. Does not implicitly {@link types.v1.LabelNamesRequest.verify|verify} messages.
             * @param message LabelNamesRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: types.v1.LabelNamesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LabelNamesRequest message, length delimited. Does not implicitly {@link types.v1.LabelNamesRequest.verify|verify} messages.
             * @param message LabelNamesRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: types.v1.LabelNamesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LabelNamesRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {types.v1.LabelNamesRequest & types.v1.LabelNamesRequest.$Shape} LabelNamesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): types.v1.LabelNamesRequest & types.v1.LabelNamesRequest.$Shape;

            /**
             * Decodes a LabelNamesRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {types.v1.LabelNamesRequest & types.v1.LabelNamesRequest.$Shape} LabelNamesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): types.v1.LabelNamesRequest & types.v1.LabelNamesRequest.$Shape;

            /**
             * Verifies a LabelNamesRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LabelNamesRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LabelNamesRequest
             */
            static fromObject(object: { [k: string]: any }): types.v1.LabelNamesRequest;

            /**
             * Creates a plain object from a LabelNamesRequest message. Also converts values to other types if specified.
             * @param message LabelNamesRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: types.v1.LabelNamesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LabelNamesRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LabelNamesRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LabelNamesRequest {

            /** Properties of a LabelNamesRequest. */
            interface $Properties {

                /** LabelNamesRequest matchers */
                matchers?: (string[]|null);

                /** LabelNamesRequest start */
                start?: (number|null);

                /** LabelNamesRequest end */
                end?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LabelNamesRequest. */
            type $Shape = types.v1.LabelNamesRequest.$Properties;
        }

        /**
         * Properties of a LabelNamesResponse.
         * @deprecated Use types.v1.LabelNamesResponse.$Properties instead.
         */
        interface ILabelNamesResponse extends types.v1.LabelNamesResponse.$Properties {
        }

        /** Represents a LabelNamesResponse. */
        class LabelNamesResponse {

            /**
             * Constructs a new LabelNamesResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: types.v1.LabelNamesResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LabelNamesResponse names. */
            names: string[];

            /**
             * Creates a new LabelNamesResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LabelNamesResponse instance
             */
            static create(properties: types.v1.LabelNamesResponse.$Shape): types.v1.LabelNamesResponse & types.v1.LabelNamesResponse.$Shape;
            static create(properties?: types.v1.LabelNamesResponse.$Properties): types.v1.LabelNamesResponse;

            /**
             * Encodes the specified LabelNamesResponse message. Does not implicitly {@link types.v1.LabelNamesResponse.verify|verify} messages.
             * @param message LabelNamesResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: types.v1.LabelNamesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LabelNamesResponse message, length delimited. Does not implicitly {@link types.v1.LabelNamesResponse.verify|verify} messages.
             * @param message LabelNamesResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: types.v1.LabelNamesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LabelNamesResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {types.v1.LabelNamesResponse & types.v1.LabelNamesResponse.$Shape} LabelNamesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): types.v1.LabelNamesResponse & types.v1.LabelNamesResponse.$Shape;

            /**
             * Decodes a LabelNamesResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {types.v1.LabelNamesResponse & types.v1.LabelNamesResponse.$Shape} LabelNamesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): types.v1.LabelNamesResponse & types.v1.LabelNamesResponse.$Shape;

            /**
             * Verifies a LabelNamesResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LabelNamesResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LabelNamesResponse
             */
            static fromObject(object: { [k: string]: any }): types.v1.LabelNamesResponse;

            /**
             * Creates a plain object from a LabelNamesResponse message. Also converts values to other types if specified.
             * @param message LabelNamesResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: types.v1.LabelNamesResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LabelNamesResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LabelNamesResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LabelNamesResponse {

            /** Properties of a LabelNamesResponse. */
            interface $Properties {

                /** LabelNamesResponse names */
                names?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LabelNamesResponse. */
            type $Shape = types.v1.LabelNamesResponse.$Properties;
        }

        /** TimeSeriesAggregationType enum. */
        enum TimeSeriesAggregationType {

            /** TIME_SERIES_AGGREGATION_TYPE_SUM value */
            TIME_SERIES_AGGREGATION_TYPE_SUM = 0,

            /** TIME_SERIES_AGGREGATION_TYPE_AVERAGE value */
            TIME_SERIES_AGGREGATION_TYPE_AVERAGE = 1
        }
    }
}

/** Namespace google. */
export namespace google {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of a Profile.
         * @deprecated Use google.v1.Profile.$Properties instead.
         */
        interface IProfile extends google.v1.Profile.$Properties {
        }

        /** Represents a Profile. */
        class Profile {

            /**
             * Constructs a new Profile.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.v1.Profile.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Profile sampleType. */
            sampleType: google.v1.ValueType.$Properties[];

            /** Profile sample. */
            sample: google.v1.Sample.$Properties[];

            /** Profile mapping. */
            mapping: google.v1.Mapping.$Properties[];

            /** Profile location. */
            location: google.v1.Location.$Properties[];

            /** Profile function. */
            function: google.v1.Function.$Properties[];

            /** Profile stringTable. */
            stringTable: string[];

            /** Profile dropFrames. */
            dropFrames: number;

            /** Profile keepFrames. */
            keepFrames: number;

            /** Profile timeNanos. */
            timeNanos: number;

            /** Profile durationNanos. */
            durationNanos: number;

            /** Profile periodType. */
            periodType?: (google.v1.ValueType.$Properties|null);

            /** Profile period. */
            period: number;

            /** Profile comment. */
            comment: number[];

            /** Profile defaultSampleType. */
            defaultSampleType: number;

            /**
             * Creates a new Profile instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Profile instance
             */
            static create(properties: google.v1.Profile.$Shape): google.v1.Profile & google.v1.Profile.$Shape;
            static create(properties?: google.v1.Profile.$Properties): google.v1.Profile;

            /**
             * Encodes the specified Profile message. Does not implicitly {@link google.v1.Profile.verify|verify} messages.
             * @param message Profile message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.v1.Profile.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Profile message, length delimited. Does not implicitly {@link google.v1.Profile.verify|verify} messages.
             * @param message Profile message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: google.v1.Profile.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Profile message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.v1.Profile & google.v1.Profile.$Shape} Profile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.v1.Profile & google.v1.Profile.$Shape;

            /**
             * Decodes a Profile message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {google.v1.Profile & google.v1.Profile.$Shape} Profile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.v1.Profile & google.v1.Profile.$Shape;

            /**
             * Verifies a Profile message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Profile message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Profile
             */
            static fromObject(object: { [k: string]: any }): google.v1.Profile;

            /**
             * Creates a plain object from a Profile message. Also converts values to other types if specified.
             * @param message Profile
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.v1.Profile, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Profile to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Profile
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Profile {

            /** Properties of a Profile. */
            interface $Properties {

                /** Profile sampleType */
                sampleType?: (google.v1.ValueType.$Properties[]|null);

                /** Profile sample */
                sample?: (google.v1.Sample.$Properties[]|null);

                /** Profile mapping */
                mapping?: (google.v1.Mapping.$Properties[]|null);

                /** Profile location */
                location?: (google.v1.Location.$Properties[]|null);

                /** Profile function */
                "function"?: (google.v1.Function.$Properties[]|null);

                /** Profile stringTable */
                stringTable?: (string[]|null);

                /** Profile dropFrames */
                dropFrames?: (number|null);

                /** Profile keepFrames */
                keepFrames?: (number|null);

                /** Profile timeNanos */
                timeNanos?: (number|null);

                /** Profile durationNanos */
                durationNanos?: (number|null);

                /** Profile periodType */
                periodType?: (google.v1.ValueType.$Properties|null);

                /** Profile period */
                period?: (number|null);

                /** Profile comment */
                comment?: (number[]|null);

                /** Profile defaultSampleType */
                defaultSampleType?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Profile. */
            type $Shape = google.v1.Profile.$Properties;
        }

        /**
         * Properties of a ValueType.
         * @deprecated Use google.v1.ValueType.$Properties instead.
         */
        interface IValueType extends google.v1.ValueType.$Properties {
        }

        /** Represents a ValueType. */
        class ValueType {

            /**
             * Constructs a new ValueType.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.v1.ValueType.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ValueType type. */
            type: number;

            /** ValueType unit. */
            unit: number;

            /**
             * Creates a new ValueType instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ValueType instance
             */
            static create(properties: google.v1.ValueType.$Shape): google.v1.ValueType & google.v1.ValueType.$Shape;
            static create(properties?: google.v1.ValueType.$Properties): google.v1.ValueType;

            /**
             * Encodes the specified ValueType message. Does not implicitly {@link google.v1.ValueType.verify|verify} messages.
             * @param message ValueType message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.v1.ValueType.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ValueType message, length delimited. Does not implicitly {@link google.v1.ValueType.verify|verify} messages.
             * @param message ValueType message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: google.v1.ValueType.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ValueType message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.v1.ValueType & google.v1.ValueType.$Shape} ValueType
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.v1.ValueType & google.v1.ValueType.$Shape;

            /**
             * Decodes a ValueType message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {google.v1.ValueType & google.v1.ValueType.$Shape} ValueType
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.v1.ValueType & google.v1.ValueType.$Shape;

            /**
             * Verifies a ValueType message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ValueType message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ValueType
             */
            static fromObject(object: { [k: string]: any }): google.v1.ValueType;

            /**
             * Creates a plain object from a ValueType message. Also converts values to other types if specified.
             * @param message ValueType
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.v1.ValueType, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ValueType to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ValueType
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ValueType {

            /** Properties of a ValueType. */
            interface $Properties {

                /** ValueType type */
                type?: (number|null);

                /** ValueType unit */
                unit?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ValueType. */
            type $Shape = google.v1.ValueType.$Properties;
        }

        /**
         * Properties of a Sample.
         * @deprecated Use google.v1.Sample.$Properties instead.
         */
        interface ISample extends google.v1.Sample.$Properties {
        }

        /** Represents a Sample. */
        class Sample {

            /**
             * Constructs a new Sample.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.v1.Sample.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Sample locationId. */
            locationId: number[];

            /** Sample value. */
            value: number[];

            /** Sample label. */
            label: google.v1.Label.$Properties[];

            /**
             * Creates a new Sample instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Sample instance
             */
            static create(properties: google.v1.Sample.$Shape): google.v1.Sample & google.v1.Sample.$Shape;
            static create(properties?: google.v1.Sample.$Properties): google.v1.Sample;

            /**
             * Encodes the specified Sample message. Does not implicitly {@link google.v1.Sample.verify|verify} messages.
             * @param message Sample message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.v1.Sample.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Sample message, length delimited. Does not implicitly {@link google.v1.Sample.verify|verify} messages.
             * @param message Sample message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: google.v1.Sample.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Sample message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.v1.Sample & google.v1.Sample.$Shape} Sample
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.v1.Sample & google.v1.Sample.$Shape;

            /**
             * Decodes a Sample message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {google.v1.Sample & google.v1.Sample.$Shape} Sample
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.v1.Sample & google.v1.Sample.$Shape;

            /**
             * Verifies a Sample message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Sample message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Sample
             */
            static fromObject(object: { [k: string]: any }): google.v1.Sample;

            /**
             * Creates a plain object from a Sample message. Also converts values to other types if specified.
             * @param message Sample
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.v1.Sample, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Sample to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Sample
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Sample {

            /** Properties of a Sample. */
            interface $Properties {

                /** Sample locationId */
                locationId?: (number[]|null);

                /** Sample value */
                value?: (number[]|null);

                /** Sample label */
                label?: (google.v1.Label.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Sample. */
            type $Shape = google.v1.Sample.$Properties;
        }

        /**
         * Properties of a Label.
         * @deprecated Use google.v1.Label.$Properties instead.
         */
        interface ILabel extends google.v1.Label.$Properties {
        }

        /** Represents a Label. */
        class Label {

            /**
             * Constructs a new Label.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.v1.Label.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Label key. */
            key: number;

            /** Label str. */
            str: number;

            /** Label num. */
            num: number;

            /** Label numUnit. */
            numUnit: number;

            /**
             * Creates a new Label instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Label instance
             */
            static create(properties: google.v1.Label.$Shape): google.v1.Label & google.v1.Label.$Shape;
            static create(properties?: google.v1.Label.$Properties): google.v1.Label;

            /**
             * Encodes the specified Label message. Does not implicitly {@link google.v1.Label.verify|verify} messages.
             * @param message Label message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.v1.Label.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Label message, length delimited. Does not implicitly {@link google.v1.Label.verify|verify} messages.
             * @param message Label message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: google.v1.Label.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Label message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.v1.Label & google.v1.Label.$Shape} Label
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.v1.Label & google.v1.Label.$Shape;

            /**
             * Decodes a Label message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {google.v1.Label & google.v1.Label.$Shape} Label
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.v1.Label & google.v1.Label.$Shape;

            /**
             * Verifies a Label message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Label message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Label
             */
            static fromObject(object: { [k: string]: any }): google.v1.Label;

            /**
             * Creates a plain object from a Label message. Also converts values to other types if specified.
             * @param message Label
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.v1.Label, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Label to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Label
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Label {

            /** Properties of a Label. */
            interface $Properties {

                /** Label key */
                key?: (number|null);

                /** Label str */
                str?: (number|null);

                /** Label num */
                num?: (number|null);

                /** Label numUnit */
                numUnit?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Label. */
            type $Shape = google.v1.Label.$Properties;
        }

        /**
         * Properties of a Mapping.
         * @deprecated Use google.v1.Mapping.$Properties instead.
         */
        interface IMapping extends google.v1.Mapping.$Properties {
        }

        /** Represents a Mapping. */
        class Mapping {

            /**
             * Constructs a new Mapping.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.v1.Mapping.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Mapping id. */
            id: number;

            /** Mapping memoryStart. */
            memoryStart: number;

            /** Mapping memoryLimit. */
            memoryLimit: number;

            /** Mapping fileOffset. */
            fileOffset: number;

            /** Mapping filename. */
            filename: number;

            /** Mapping buildId. */
            buildId: number;

            /** Mapping hasFunctions. */
            hasFunctions: boolean;

            /** Mapping hasFilenames. */
            hasFilenames: boolean;

            /** Mapping hasLineNumbers. */
            hasLineNumbers: boolean;

            /** Mapping hasInlineFrames. */
            hasInlineFrames: boolean;

            /**
             * Creates a new Mapping instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Mapping instance
             */
            static create(properties: google.v1.Mapping.$Shape): google.v1.Mapping & google.v1.Mapping.$Shape;
            static create(properties?: google.v1.Mapping.$Properties): google.v1.Mapping;

            /**
             * Encodes the specified Mapping message. Does not implicitly {@link google.v1.Mapping.verify|verify} messages.
             * @param message Mapping message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.v1.Mapping.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Mapping message, length delimited. Does not implicitly {@link google.v1.Mapping.verify|verify} messages.
             * @param message Mapping message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: google.v1.Mapping.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Mapping message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.v1.Mapping & google.v1.Mapping.$Shape} Mapping
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.v1.Mapping & google.v1.Mapping.$Shape;

            /**
             * Decodes a Mapping message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {google.v1.Mapping & google.v1.Mapping.$Shape} Mapping
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.v1.Mapping & google.v1.Mapping.$Shape;

            /**
             * Verifies a Mapping message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Mapping message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Mapping
             */
            static fromObject(object: { [k: string]: any }): google.v1.Mapping;

            /**
             * Creates a plain object from a Mapping message. Also converts values to other types if specified.
             * @param message Mapping
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.v1.Mapping, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Mapping to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Mapping
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Mapping {

            /** Properties of a Mapping. */
            interface $Properties {

                /** Mapping id */
                id?: (number|null);

                /** Mapping memoryStart */
                memoryStart?: (number|null);

                /** Mapping memoryLimit */
                memoryLimit?: (number|null);

                /** Mapping fileOffset */
                fileOffset?: (number|null);

                /** Mapping filename */
                filename?: (number|null);

                /** Mapping buildId */
                buildId?: (number|null);

                /** Mapping hasFunctions */
                hasFunctions?: (boolean|null);

                /** Mapping hasFilenames */
                hasFilenames?: (boolean|null);

                /** Mapping hasLineNumbers */
                hasLineNumbers?: (boolean|null);

                /** Mapping hasInlineFrames */
                hasInlineFrames?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Mapping. */
            type $Shape = google.v1.Mapping.$Properties;
        }

        /**
         * Properties of a Location.
         * @deprecated Use google.v1.Location.$Properties instead.
         */
        interface ILocation extends google.v1.Location.$Properties {
        }

        /** Represents a Location. */
        class Location {

            /**
             * Constructs a new Location.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.v1.Location.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Location id. */
            id: number;

            /** Location mappingId. */
            mappingId: number;

            /** Location address. */
            address: number;

            /** Location line. */
            line: google.v1.Line.$Properties[];

            /** Location isFolded. */
            isFolded: boolean;

            /**
             * Creates a new Location instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Location instance
             */
            static create(properties: google.v1.Location.$Shape): google.v1.Location & google.v1.Location.$Shape;
            static create(properties?: google.v1.Location.$Properties): google.v1.Location;

            /**
             * Encodes the specified Location message. Does not implicitly {@link google.v1.Location.verify|verify} messages.
             * @param message Location message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.v1.Location.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Location message, length delimited. Does not implicitly {@link google.v1.Location.verify|verify} messages.
             * @param message Location message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: google.v1.Location.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Location message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.v1.Location & google.v1.Location.$Shape} Location
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.v1.Location & google.v1.Location.$Shape;

            /**
             * Decodes a Location message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {google.v1.Location & google.v1.Location.$Shape} Location
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.v1.Location & google.v1.Location.$Shape;

            /**
             * Verifies a Location message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Location message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Location
             */
            static fromObject(object: { [k: string]: any }): google.v1.Location;

            /**
             * Creates a plain object from a Location message. Also converts values to other types if specified.
             * @param message Location
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.v1.Location, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Location to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Location
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Location {

            /** Properties of a Location. */
            interface $Properties {

                /** Location id */
                id?: (number|null);

                /** Location mappingId */
                mappingId?: (number|null);

                /** Location address */
                address?: (number|null);

                /** Location line */
                line?: (google.v1.Line.$Properties[]|null);

                /** Location isFolded */
                isFolded?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Location. */
            type $Shape = google.v1.Location.$Properties;
        }

        /**
         * Properties of a Line.
         * @deprecated Use google.v1.Line.$Properties instead.
         */
        interface ILine extends google.v1.Line.$Properties {
        }

        /** Represents a Line. */
        class Line {

            /**
             * Constructs a new Line.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.v1.Line.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Line functionId. */
            functionId: number;

            /** Line line. */
            line: number;

            /**
             * Creates a new Line instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Line instance
             */
            static create(properties: google.v1.Line.$Shape): google.v1.Line & google.v1.Line.$Shape;
            static create(properties?: google.v1.Line.$Properties): google.v1.Line;

            /**
             * Encodes the specified Line message. Does not implicitly {@link google.v1.Line.verify|verify} messages.
             * @param message Line message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.v1.Line.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Line message, length delimited. Does not implicitly {@link google.v1.Line.verify|verify} messages.
             * @param message Line message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: google.v1.Line.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Line message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.v1.Line & google.v1.Line.$Shape} Line
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.v1.Line & google.v1.Line.$Shape;

            /**
             * Decodes a Line message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {google.v1.Line & google.v1.Line.$Shape} Line
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.v1.Line & google.v1.Line.$Shape;

            /**
             * Verifies a Line message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Line message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Line
             */
            static fromObject(object: { [k: string]: any }): google.v1.Line;

            /**
             * Creates a plain object from a Line message. Also converts values to other types if specified.
             * @param message Line
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.v1.Line, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Line to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Line
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Line {

            /** Properties of a Line. */
            interface $Properties {

                /** Line functionId */
                functionId?: (number|null);

                /** Line line */
                line?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Line. */
            type $Shape = google.v1.Line.$Properties;
        }

        /**
         * Properties of a Function.
         * @deprecated Use google.v1.Function.$Properties instead.
         */
        interface IFunction extends google.v1.Function.$Properties {
        }

        /** Represents a Function. */
        class Function {

            /**
             * Constructs a new Function.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.v1.Function.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Function id. */
            id: number;

            /** Function name. */
            name: number;

            /** Function systemName. */
            systemName: number;

            /** Function filename. */
            filename: number;

            /** Function startLine. */
            startLine: number;

            /**
             * Creates a new Function instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Function instance
             */
            static create(properties: google.v1.Function.$Shape): google.v1.Function & google.v1.Function.$Shape;
            static create(properties?: google.v1.Function.$Properties): google.v1.Function;

            /**
             * Encodes the specified Function message. Does not implicitly {@link google.v1.Function.verify|verify} messages.
             * @param message Function message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.v1.Function.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Function message, length delimited. Does not implicitly {@link google.v1.Function.verify|verify} messages.
             * @param message Function message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: google.v1.Function.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Function message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.v1.Function & google.v1.Function.$Shape} Function
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.v1.Function & google.v1.Function.$Shape;

            /**
             * Decodes a Function message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {google.v1.Function & google.v1.Function.$Shape} Function
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.v1.Function & google.v1.Function.$Shape;

            /**
             * Verifies a Function message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Function message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Function
             */
            static fromObject(object: { [k: string]: any }): google.v1.Function;

            /**
             * Creates a plain object from a Function message. Also converts values to other types if specified.
             * @param message Function
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.v1.Function, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Function to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Function
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Function {

            /** Properties of a Function. */
            interface $Properties {

                /** Function id */
                id?: (number|null);

                /** Function name */
                name?: (number|null);

                /** Function systemName */
                systemName?: (number|null);

                /** Function filename */
                filename?: (number|null);

                /** Function startLine */
                startLine?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Function. */
            type $Shape = google.v1.Function.$Properties;
        }
    }
}

/** Namespace push. */
export namespace push {

    /** Namespace v1. */
    namespace v1 {

        /** Represents a PusherService */
        class PusherService extends $protobuf.rpc.Service {

            /**
             * Constructs a new PusherService service.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             */
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

            /**
             * Creates new PusherService service using the specified rpc implementation.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             * @returns RPC service. Useful where requests and/or responses are streamed.
             */
            static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): PusherService;

            /** Calls Push. */
            push: push.v1.PusherService.Push;
        }

        namespace PusherService {

            /**
             * Callback as used by {@link push.v1.PusherService#push}.
             * @param error Error, if any
             * @param [response] PushResponse
             */
            type PushCallback = (error: (Error|null), response?: push.v1.PushResponse) => void;

            /** Calls Push. */
            type Push = {
              (request: push.v1.IPushRequest, callback: push.v1.PusherService.PushCallback): void;
              (request: push.v1.IPushRequest): Promise<push.v1.PushResponse>;
              readonly name: "Push";
              readonly path: "/push.v1.PusherService/Push";
              readonly requestType: "PushRequest";
              readonly responseType: "PushResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
        }

        /**
         * Properties of a PushRequest.
         * @deprecated Use push.v1.PushRequest.$Properties instead.
         */
        interface IPushRequest extends push.v1.PushRequest.$Properties {
        }

        /** Represents a PushRequest. */
        class PushRequest {

            /**
             * Constructs a new PushRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: push.v1.PushRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PushRequest series. */
            series: push.v1.RawProfileSeries.$Properties[];

            /**
             * Creates a new PushRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PushRequest instance
             */
            static create(properties: push.v1.PushRequest.$Shape): push.v1.PushRequest & push.v1.PushRequest.$Shape;
            static create(properties?: push.v1.PushRequest.$Properties): push.v1.PushRequest;

            /**
             * Encodes the specified PushRequest message. Does not implicitly {@link push.v1.PushRequest.verify|verify} messages.
             * @param message PushRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: push.v1.PushRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PushRequest message, length delimited. Does not implicitly {@link push.v1.PushRequest.verify|verify} messages.
             * @param message PushRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: push.v1.PushRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PushRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {push.v1.PushRequest & push.v1.PushRequest.$Shape} PushRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): push.v1.PushRequest & push.v1.PushRequest.$Shape;

            /**
             * Decodes a PushRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {push.v1.PushRequest & push.v1.PushRequest.$Shape} PushRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): push.v1.PushRequest & push.v1.PushRequest.$Shape;

            /**
             * Verifies a PushRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PushRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PushRequest
             */
            static fromObject(object: { [k: string]: any }): push.v1.PushRequest;

            /**
             * Creates a plain object from a PushRequest message. Also converts values to other types if specified.
             * @param message PushRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: push.v1.PushRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PushRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PushRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PushRequest {

            /** Properties of a PushRequest. */
            interface $Properties {

                /** PushRequest series */
                series?: (push.v1.RawProfileSeries.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PushRequest. */
            type $Shape = push.v1.PushRequest.$Properties;
        }

        /**
         * Properties of a PushResponse.
         * @deprecated Use push.v1.PushResponse.$Properties instead.
         */
        interface IPushResponse extends push.v1.PushResponse.$Properties {
        }

        /** Represents a PushResponse. */
        class PushResponse {

            /**
             * Constructs a new PushResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: push.v1.PushResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new PushResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PushResponse instance
             */
            static create(properties: push.v1.PushResponse.$Shape): push.v1.PushResponse & push.v1.PushResponse.$Shape;
            static create(properties?: push.v1.PushResponse.$Properties): push.v1.PushResponse;

            /**
             * Encodes the specified PushResponse message. Does not implicitly {@link push.v1.PushResponse.verify|verify} messages.
             * @param message PushResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: push.v1.PushResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PushResponse message, length delimited. Does not implicitly {@link push.v1.PushResponse.verify|verify} messages.
             * @param message PushResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: push.v1.PushResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PushResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {push.v1.PushResponse & push.v1.PushResponse.$Shape} PushResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): push.v1.PushResponse & push.v1.PushResponse.$Shape;

            /**
             * Decodes a PushResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {push.v1.PushResponse & push.v1.PushResponse.$Shape} PushResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): push.v1.PushResponse & push.v1.PushResponse.$Shape;

            /**
             * Verifies a PushResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PushResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PushResponse
             */
            static fromObject(object: { [k: string]: any }): push.v1.PushResponse;

            /**
             * Creates a plain object from a PushResponse message. Also converts values to other types if specified.
             * @param message PushResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: push.v1.PushResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PushResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PushResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PushResponse {

            /** Properties of a PushResponse. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PushResponse. */
            type $Shape = push.v1.PushResponse.$Properties;
        }

        /**
         * Properties of a RawProfileSeries.
         * @deprecated Use push.v1.RawProfileSeries.$Properties instead.
         */
        interface IRawProfileSeries extends push.v1.RawProfileSeries.$Properties {
        }

        /** Represents a RawProfileSeries. */
        class RawProfileSeries {

            /**
             * Constructs a new RawProfileSeries.
             * @param [properties] Properties to set
             */
            constructor(properties?: push.v1.RawProfileSeries.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RawProfileSeries labels. */
            labels: types.v1.LabelPair.$Properties[];

            /** RawProfileSeries samples. */
            samples: push.v1.RawSample.$Properties[];

            /** RawProfileSeries annotations. */
            annotations: types.v1.ProfileAnnotation.$Properties[];

            /**
             * Creates a new RawProfileSeries instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RawProfileSeries instance
             */
            static create(properties: push.v1.RawProfileSeries.$Shape): push.v1.RawProfileSeries & push.v1.RawProfileSeries.$Shape;
            static create(properties?: push.v1.RawProfileSeries.$Properties): push.v1.RawProfileSeries;

            /**
             * Encodes the specified RawProfileSeries message. Does not implicitly {@link push.v1.RawProfileSeries.verify|verify} messages.
             * @param message RawProfileSeries message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: push.v1.RawProfileSeries.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RawProfileSeries message, length delimited. Does not implicitly {@link push.v1.RawProfileSeries.verify|verify} messages.
             * @param message RawProfileSeries message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: push.v1.RawProfileSeries.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RawProfileSeries message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {push.v1.RawProfileSeries & push.v1.RawProfileSeries.$Shape} RawProfileSeries
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): push.v1.RawProfileSeries & push.v1.RawProfileSeries.$Shape;

            /**
             * Decodes a RawProfileSeries message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {push.v1.RawProfileSeries & push.v1.RawProfileSeries.$Shape} RawProfileSeries
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): push.v1.RawProfileSeries & push.v1.RawProfileSeries.$Shape;

            /**
             * Verifies a RawProfileSeries message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RawProfileSeries message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RawProfileSeries
             */
            static fromObject(object: { [k: string]: any }): push.v1.RawProfileSeries;

            /**
             * Creates a plain object from a RawProfileSeries message. Also converts values to other types if specified.
             * @param message RawProfileSeries
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: push.v1.RawProfileSeries, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RawProfileSeries to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RawProfileSeries
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RawProfileSeries {

            /** Properties of a RawProfileSeries. */
            interface $Properties {

                /** RawProfileSeries labels */
                labels?: (types.v1.LabelPair.$Properties[]|null);

                /** RawProfileSeries samples */
                samples?: (push.v1.RawSample.$Properties[]|null);

                /** RawProfileSeries annotations */
                annotations?: (types.v1.ProfileAnnotation.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RawProfileSeries. */
            type $Shape = push.v1.RawProfileSeries.$Properties;
        }

        /**
         * Properties of a RawSample.
         * @deprecated Use push.v1.RawSample.$Properties instead.
         */
        interface IRawSample extends push.v1.RawSample.$Properties {
        }

        /** Represents a RawSample. */
        class RawSample {

            /**
             * Constructs a new RawSample.
             * @param [properties] Properties to set
             */
            constructor(properties?: push.v1.RawSample.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RawSample rawProfile. */
            rawProfile: Uint8Array;

            /** RawSample ID. */
            ID: string;

            /**
             * Creates a new RawSample instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RawSample instance
             */
            static create(properties: push.v1.RawSample.$Shape): push.v1.RawSample & push.v1.RawSample.$Shape;
            static create(properties?: push.v1.RawSample.$Properties): push.v1.RawSample;

            /**
             * Encodes the specified RawSample message. Does not implicitly {@link push.v1.RawSample.verify|verify} messages.
             * @param message RawSample message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: push.v1.RawSample.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RawSample message, length delimited. Does not implicitly {@link push.v1.RawSample.verify|verify} messages.
             * @param message RawSample message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: push.v1.RawSample.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RawSample message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {push.v1.RawSample & push.v1.RawSample.$Shape} RawSample
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): push.v1.RawSample & push.v1.RawSample.$Shape;

            /**
             * Decodes a RawSample message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {push.v1.RawSample & push.v1.RawSample.$Shape} RawSample
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): push.v1.RawSample & push.v1.RawSample.$Shape;

            /**
             * Verifies a RawSample message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RawSample message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RawSample
             */
            static fromObject(object: { [k: string]: any }): push.v1.RawSample;

            /**
             * Creates a plain object from a RawSample message. Also converts values to other types if specified.
             * @param message RawSample
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: push.v1.RawSample, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RawSample to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RawSample
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RawSample {

            /** Properties of a RawSample. */
            interface $Properties {

                /** RawSample rawProfile */
                rawProfile?: (Uint8Array|null);

                /** RawSample ID */
                ID?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RawSample. */
            type $Shape = push.v1.RawSample.$Properties;
        }
    }
}

/** Namespace querier. */
export namespace querier {

    /** Namespace v1. */
    namespace v1 {

        /** Represents a QuerierService */
        class QuerierService extends $protobuf.rpc.Service {

            /**
             * Constructs a new QuerierService service.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             */
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

            /**
             * Creates new QuerierService service using the specified rpc implementation.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             * @returns RPC service. Useful where requests and/or responses are streamed.
             */
            static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): QuerierService;

            /** Calls ProfileTypes. */
            profileTypes: querier.v1.QuerierService.ProfileTypes;

            /** Calls LabelValues. */
            labelValues: querier.v1.QuerierService.LabelValues;

            /** Calls LabelNames. */
            labelNames: querier.v1.QuerierService.LabelNames;

            /** Calls Series. */
            series: querier.v1.QuerierService.Series;

            /** Calls SelectMergeStacktraces. */
            selectMergeStacktraces: querier.v1.QuerierService.SelectMergeStacktraces;

            /** Calls SelectMergeSpanProfile. */
            selectMergeSpanProfile: querier.v1.QuerierService.SelectMergeSpanProfile;

            /** Calls SelectMergeProfile. */
            selectMergeProfile: querier.v1.QuerierService.SelectMergeProfile;

            /** Calls SelectSeries. */
            selectSeries: querier.v1.QuerierService.SelectSeries;
        }

        namespace QuerierService {

            /**
             * Callback as used by {@link querier.v1.QuerierService#profileTypes}.
             * @param error Error, if any
             * @param [response] ProfileTypesResponse
             */
            type ProfileTypesCallback = (error: (Error|null), response?: querier.v1.ProfileTypesResponse) => void;

            /** Calls ProfileTypes. */
            type ProfileTypes = {
              (request: querier.v1.IProfileTypesRequest, callback: querier.v1.QuerierService.ProfileTypesCallback): void;
              (request: querier.v1.IProfileTypesRequest): Promise<querier.v1.ProfileTypesResponse>;
              readonly name: "ProfileTypes";
              readonly path: "/querier.v1.QuerierService/ProfileTypes";
              readonly requestType: "ProfileTypesRequest";
              readonly responseType: "ProfileTypesResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link querier.v1.QuerierService#labelValues}.
             * @param error Error, if any
             * @param [response] LabelValuesResponse
             */
            type LabelValuesCallback = (error: (Error|null), response?: types.v1.LabelValuesResponse) => void;

            /** Calls LabelValues. */
            type LabelValues = {
              (request: types.v1.ILabelValuesRequest, callback: querier.v1.QuerierService.LabelValuesCallback): void;
              (request: types.v1.ILabelValuesRequest): Promise<types.v1.LabelValuesResponse>;
              readonly name: "LabelValues";
              readonly path: "/querier.v1.QuerierService/LabelValues";
              readonly requestType: "types.v1.LabelValuesRequest";
              readonly responseType: "types.v1.LabelValuesResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link querier.v1.QuerierService#labelNames}.
             * @param error Error, if any
             * @param [response] LabelNamesResponse
             */
            type LabelNamesCallback = (error: (Error|null), response?: types.v1.LabelNamesResponse) => void;

            /** Calls LabelNames. */
            type LabelNames = {
              (request: types.v1.ILabelNamesRequest, callback: querier.v1.QuerierService.LabelNamesCallback): void;
              (request: types.v1.ILabelNamesRequest): Promise<types.v1.LabelNamesResponse>;
              readonly name: "LabelNames";
              readonly path: "/querier.v1.QuerierService/LabelNames";
              readonly requestType: "types.v1.LabelNamesRequest";
              readonly responseType: "types.v1.LabelNamesResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link querier.v1.QuerierService#series}.
             * @param error Error, if any
             * @param [response] SeriesResponse
             */
            type SeriesCallback = (error: (Error|null), response?: querier.v1.SeriesResponse) => void;

            /** Calls Series. */
            type Series = {
              (request: querier.v1.ISeriesRequest, callback: querier.v1.QuerierService.SeriesCallback): void;
              (request: querier.v1.ISeriesRequest): Promise<querier.v1.SeriesResponse>;
              readonly name: "Series";
              readonly path: "/querier.v1.QuerierService/Series";
              readonly requestType: "SeriesRequest";
              readonly responseType: "SeriesResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link querier.v1.QuerierService#selectMergeStacktraces}.
             * @param error Error, if any
             * @param [response] SelectMergeStacktracesResponse
             */
            type SelectMergeStacktracesCallback = (error: (Error|null), response?: querier.v1.SelectMergeStacktracesResponse) => void;

            /** Calls SelectMergeStacktraces. */
            type SelectMergeStacktraces = {
              (request: querier.v1.ISelectMergeStacktracesRequest, callback: querier.v1.QuerierService.SelectMergeStacktracesCallback): void;
              (request: querier.v1.ISelectMergeStacktracesRequest): Promise<querier.v1.SelectMergeStacktracesResponse>;
              readonly name: "SelectMergeStacktraces";
              readonly path: "/querier.v1.QuerierService/SelectMergeStacktraces";
              readonly requestType: "SelectMergeStacktracesRequest";
              readonly responseType: "SelectMergeStacktracesResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link querier.v1.QuerierService#selectMergeSpanProfile}.
             * @param error Error, if any
             * @param [response] SelectMergeSpanProfileResponse
             */
            type SelectMergeSpanProfileCallback = (error: (Error|null), response?: querier.v1.SelectMergeSpanProfileResponse) => void;

            /** Calls SelectMergeSpanProfile. */
            type SelectMergeSpanProfile = {
              (request: querier.v1.ISelectMergeSpanProfileRequest, callback: querier.v1.QuerierService.SelectMergeSpanProfileCallback): void;
              (request: querier.v1.ISelectMergeSpanProfileRequest): Promise<querier.v1.SelectMergeSpanProfileResponse>;
              readonly name: "SelectMergeSpanProfile";
              readonly path: "/querier.v1.QuerierService/SelectMergeSpanProfile";
              readonly requestType: "SelectMergeSpanProfileRequest";
              readonly responseType: "SelectMergeSpanProfileResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link querier.v1.QuerierService#selectMergeProfile}.
             * @param error Error, if any
             * @param [response] Profile
             */
            type SelectMergeProfileCallback = (error: (Error|null), response?: google.v1.Profile) => void;

            /** Calls SelectMergeProfile. */
            type SelectMergeProfile = {
              (request: querier.v1.ISelectMergeProfileRequest, callback: querier.v1.QuerierService.SelectMergeProfileCallback): void;
              (request: querier.v1.ISelectMergeProfileRequest): Promise<google.v1.Profile>;
              readonly name: "SelectMergeProfile";
              readonly path: "/querier.v1.QuerierService/SelectMergeProfile";
              readonly requestType: "SelectMergeProfileRequest";
              readonly responseType: "google.v1.Profile";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link querier.v1.QuerierService#selectSeries}.
             * @param error Error, if any
             * @param [response] SelectSeriesResponse
             */
            type SelectSeriesCallback = (error: (Error|null), response?: querier.v1.SelectSeriesResponse) => void;

            /** Calls SelectSeries. */
            type SelectSeries = {
              (request: querier.v1.ISelectSeriesRequest, callback: querier.v1.QuerierService.SelectSeriesCallback): void;
              (request: querier.v1.ISelectSeriesRequest): Promise<querier.v1.SelectSeriesResponse>;
              readonly name: "SelectSeries";
              readonly path: "/querier.v1.QuerierService/SelectSeries";
              readonly requestType: "SelectSeriesRequest";
              readonly responseType: "SelectSeriesResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
        }

        /**
         * Properties of a ProfileTypesRequest.
         * @deprecated Use querier.v1.ProfileTypesRequest.$Properties instead.
         */
        interface IProfileTypesRequest extends querier.v1.ProfileTypesRequest.$Properties {
        }

        /** Represents a ProfileTypesRequest. */
        class ProfileTypesRequest {

            /**
             * Constructs a new ProfileTypesRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: querier.v1.ProfileTypesRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ProfileTypesRequest start. */
            start: number;

            /** ProfileTypesRequest end. */
            end: number;

            /**
             * Creates a new ProfileTypesRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ProfileTypesRequest instance
             */
            static create(properties: querier.v1.ProfileTypesRequest.$Shape): querier.v1.ProfileTypesRequest & querier.v1.ProfileTypesRequest.$Shape;
            static create(properties?: querier.v1.ProfileTypesRequest.$Properties): querier.v1.ProfileTypesRequest;

            /**
             * Encodes the specified ProfileTypesRequest message. Does not implicitly {@link querier.v1.ProfileTypesRequest.verify|verify} messages.
             * @param message ProfileTypesRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: querier.v1.ProfileTypesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ProfileTypesRequest message, length delimited. Does not implicitly {@link querier.v1.ProfileTypesRequest.verify|verify} messages.
             * @param message ProfileTypesRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: querier.v1.ProfileTypesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProfileTypesRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {querier.v1.ProfileTypesRequest & querier.v1.ProfileTypesRequest.$Shape} ProfileTypesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): querier.v1.ProfileTypesRequest & querier.v1.ProfileTypesRequest.$Shape;

            /**
             * Decodes a ProfileTypesRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {querier.v1.ProfileTypesRequest & querier.v1.ProfileTypesRequest.$Shape} ProfileTypesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): querier.v1.ProfileTypesRequest & querier.v1.ProfileTypesRequest.$Shape;

            /**
             * Verifies a ProfileTypesRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ProfileTypesRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ProfileTypesRequest
             */
            static fromObject(object: { [k: string]: any }): querier.v1.ProfileTypesRequest;

            /**
             * Creates a plain object from a ProfileTypesRequest message. Also converts values to other types if specified.
             * @param message ProfileTypesRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: querier.v1.ProfileTypesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ProfileTypesRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ProfileTypesRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ProfileTypesRequest {

            /** Properties of a ProfileTypesRequest. */
            interface $Properties {

                /** ProfileTypesRequest start */
                start?: (number|null);

                /** ProfileTypesRequest end */
                end?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ProfileTypesRequest. */
            type $Shape = querier.v1.ProfileTypesRequest.$Properties;
        }

        /**
         * Properties of a ProfileTypesResponse.
         * @deprecated Use querier.v1.ProfileTypesResponse.$Properties instead.
         */
        interface IProfileTypesResponse extends querier.v1.ProfileTypesResponse.$Properties {
        }

        /** Represents a ProfileTypesResponse. */
        class ProfileTypesResponse {

            /**
             * Constructs a new ProfileTypesResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: querier.v1.ProfileTypesResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ProfileTypesResponse profileTypes. */
            profileTypes: types.v1.ProfileType.$Properties[];

            /**
             * Creates a new ProfileTypesResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ProfileTypesResponse instance
             */
            static create(properties: querier.v1.ProfileTypesResponse.$Shape): querier.v1.ProfileTypesResponse & querier.v1.ProfileTypesResponse.$Shape;
            static create(properties?: querier.v1.ProfileTypesResponse.$Properties): querier.v1.ProfileTypesResponse;

            /**
             * Encodes the specified ProfileTypesResponse message. Does not implicitly {@link querier.v1.ProfileTypesResponse.verify|verify} messages.
             * @param message ProfileTypesResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: querier.v1.ProfileTypesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ProfileTypesResponse message, length delimited. Does not implicitly {@link querier.v1.ProfileTypesResponse.verify|verify} messages.
             * @param message ProfileTypesResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: querier.v1.ProfileTypesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProfileTypesResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {querier.v1.ProfileTypesResponse & querier.v1.ProfileTypesResponse.$Shape} ProfileTypesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): querier.v1.ProfileTypesResponse & querier.v1.ProfileTypesResponse.$Shape;

            /**
             * Decodes a ProfileTypesResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {querier.v1.ProfileTypesResponse & querier.v1.ProfileTypesResponse.$Shape} ProfileTypesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): querier.v1.ProfileTypesResponse & querier.v1.ProfileTypesResponse.$Shape;

            /**
             * Verifies a ProfileTypesResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ProfileTypesResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ProfileTypesResponse
             */
            static fromObject(object: { [k: string]: any }): querier.v1.ProfileTypesResponse;

            /**
             * Creates a plain object from a ProfileTypesResponse message. Also converts values to other types if specified.
             * @param message ProfileTypesResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: querier.v1.ProfileTypesResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ProfileTypesResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ProfileTypesResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ProfileTypesResponse {

            /** Properties of a ProfileTypesResponse. */
            interface $Properties {

                /** ProfileTypesResponse profileTypes */
                profileTypes?: (types.v1.ProfileType.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ProfileTypesResponse. */
            type $Shape = querier.v1.ProfileTypesResponse.$Properties;
        }

        /**
         * Properties of a SeriesRequest.
         * @deprecated Use querier.v1.SeriesRequest.$Properties instead.
         */
        interface ISeriesRequest extends querier.v1.SeriesRequest.$Properties {
        }

        /** Represents a SeriesRequest. */
        class SeriesRequest {

            /**
             * Constructs a new SeriesRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: querier.v1.SeriesRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SeriesRequest matchers. */
            matchers: string[];

            /** SeriesRequest labelNames. */
            labelNames: string[];

            /** SeriesRequest start. */
            start: number;

            /** SeriesRequest end. */
            end: number;

            /**
             * Creates a new SeriesRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SeriesRequest instance
             */
            static create(properties: querier.v1.SeriesRequest.$Shape): querier.v1.SeriesRequest & querier.v1.SeriesRequest.$Shape;
            static create(properties?: querier.v1.SeriesRequest.$Properties): querier.v1.SeriesRequest;

            /**
             * Encodes the specified SeriesRequest message. Does not implicitly {@link querier.v1.SeriesRequest.verify|verify} messages.
             * @param message SeriesRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: querier.v1.SeriesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SeriesRequest message, length delimited. Does not implicitly {@link querier.v1.SeriesRequest.verify|verify} messages.
             * @param message SeriesRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: querier.v1.SeriesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SeriesRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {querier.v1.SeriesRequest & querier.v1.SeriesRequest.$Shape} SeriesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): querier.v1.SeriesRequest & querier.v1.SeriesRequest.$Shape;

            /**
             * Decodes a SeriesRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {querier.v1.SeriesRequest & querier.v1.SeriesRequest.$Shape} SeriesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): querier.v1.SeriesRequest & querier.v1.SeriesRequest.$Shape;

            /**
             * Verifies a SeriesRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SeriesRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SeriesRequest
             */
            static fromObject(object: { [k: string]: any }): querier.v1.SeriesRequest;

            /**
             * Creates a plain object from a SeriesRequest message. Also converts values to other types if specified.
             * @param message SeriesRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: querier.v1.SeriesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SeriesRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SeriesRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SeriesRequest {

            /** Properties of a SeriesRequest. */
            interface $Properties {

                /** SeriesRequest matchers */
                matchers?: (string[]|null);

                /** SeriesRequest labelNames */
                labelNames?: (string[]|null);

                /** SeriesRequest start */
                start?: (number|null);

                /** SeriesRequest end */
                end?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SeriesRequest. */
            type $Shape = querier.v1.SeriesRequest.$Properties;
        }

        /**
         * Properties of a SeriesResponse.
         * @deprecated Use querier.v1.SeriesResponse.$Properties instead.
         */
        interface ISeriesResponse extends querier.v1.SeriesResponse.$Properties {
        }

        /** Represents a SeriesResponse. */
        class SeriesResponse {

            /**
             * Constructs a new SeriesResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: querier.v1.SeriesResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SeriesResponse labelsSet. */
            labelsSet: types.v1.Labels.$Properties[];

            /**
             * Creates a new SeriesResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SeriesResponse instance
             */
            static create(properties: querier.v1.SeriesResponse.$Shape): querier.v1.SeriesResponse & querier.v1.SeriesResponse.$Shape;
            static create(properties?: querier.v1.SeriesResponse.$Properties): querier.v1.SeriesResponse;

            /**
             * Encodes the specified SeriesResponse message. Does not implicitly {@link querier.v1.SeriesResponse.verify|verify} messages.
             * @param message SeriesResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: querier.v1.SeriesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SeriesResponse message, length delimited. Does not implicitly {@link querier.v1.SeriesResponse.verify|verify} messages.
             * @param message SeriesResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: querier.v1.SeriesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SeriesResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {querier.v1.SeriesResponse & querier.v1.SeriesResponse.$Shape} SeriesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): querier.v1.SeriesResponse & querier.v1.SeriesResponse.$Shape;

            /**
             * Decodes a SeriesResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {querier.v1.SeriesResponse & querier.v1.SeriesResponse.$Shape} SeriesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): querier.v1.SeriesResponse & querier.v1.SeriesResponse.$Shape;

            /**
             * Verifies a SeriesResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SeriesResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SeriesResponse
             */
            static fromObject(object: { [k: string]: any }): querier.v1.SeriesResponse;

            /**
             * Creates a plain object from a SeriesResponse message. Also converts values to other types if specified.
             * @param message SeriesResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: querier.v1.SeriesResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SeriesResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SeriesResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SeriesResponse {

            /** Properties of a SeriesResponse. */
            interface $Properties {

                /** SeriesResponse labelsSet */
                labelsSet?: (types.v1.Labels.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SeriesResponse. */
            type $Shape = querier.v1.SeriesResponse.$Properties;
        }

        /** ProfileFormat enum. */
        enum ProfileFormat {

            /** PROFILE_FORMAT_UNSPECIFIED value */
            PROFILE_FORMAT_UNSPECIFIED = 0,

            /** PROFILE_FORMAT_FLAMEGRAPH value */
            PROFILE_FORMAT_FLAMEGRAPH = 1,

            /** PROFILE_FORMAT_TREE value */
            PROFILE_FORMAT_TREE = 2
        }

        /**
         * Properties of a SelectMergeStacktracesRequest.
         * @deprecated Use querier.v1.SelectMergeStacktracesRequest.$Properties instead.
         */
        interface ISelectMergeStacktracesRequest extends querier.v1.SelectMergeStacktracesRequest.$Properties {
        }

        /** Represents a SelectMergeStacktracesRequest. */
        class SelectMergeStacktracesRequest {

            /**
             * Constructs a new SelectMergeStacktracesRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: querier.v1.SelectMergeStacktracesRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SelectMergeStacktracesRequest profileTypeID. */
            profileTypeID: string;

            /** SelectMergeStacktracesRequest labelSelector. */
            labelSelector: string;

            /** SelectMergeStacktracesRequest start. */
            start: number;

            /** SelectMergeStacktracesRequest end. */
            end: number;

            /** SelectMergeStacktracesRequest maxNodes. */
            maxNodes?: (number|null);

            /** SelectMergeStacktracesRequest format. */
            format: querier.v1.ProfileFormat;

            /**
             * Creates a new SelectMergeStacktracesRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SelectMergeStacktracesRequest instance
             */
            static create(properties: querier.v1.SelectMergeStacktracesRequest.$Shape): querier.v1.SelectMergeStacktracesRequest & querier.v1.SelectMergeStacktracesRequest.$Shape;
            static create(properties?: querier.v1.SelectMergeStacktracesRequest.$Properties): querier.v1.SelectMergeStacktracesRequest;

            /**
             * Encodes the specified SelectMergeStacktracesRequest message. Does not implicitly {@link querier.v1.SelectMergeStacktracesRequest.verify|verify} messages.
             * @param message SelectMergeStacktracesRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: querier.v1.SelectMergeStacktracesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SelectMergeStacktracesRequest message, length delimited. Does not implicitly {@link querier.v1.SelectMergeStacktracesRequest.verify|verify} messages.
             * @param message SelectMergeStacktracesRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: querier.v1.SelectMergeStacktracesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SelectMergeStacktracesRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {querier.v1.SelectMergeStacktracesRequest & querier.v1.SelectMergeStacktracesRequest.$Shape} SelectMergeStacktracesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): querier.v1.SelectMergeStacktracesRequest & querier.v1.SelectMergeStacktracesRequest.$Shape;

            /**
             * Decodes a SelectMergeStacktracesRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {querier.v1.SelectMergeStacktracesRequest & querier.v1.SelectMergeStacktracesRequest.$Shape} SelectMergeStacktracesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): querier.v1.SelectMergeStacktracesRequest & querier.v1.SelectMergeStacktracesRequest.$Shape;

            /**
             * Verifies a SelectMergeStacktracesRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SelectMergeStacktracesRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SelectMergeStacktracesRequest
             */
            static fromObject(object: { [k: string]: any }): querier.v1.SelectMergeStacktracesRequest;

            /**
             * Creates a plain object from a SelectMergeStacktracesRequest message. Also converts values to other types if specified.
             * @param message SelectMergeStacktracesRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: querier.v1.SelectMergeStacktracesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SelectMergeStacktracesRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SelectMergeStacktracesRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SelectMergeStacktracesRequest {

            /** Properties of a SelectMergeStacktracesRequest. */
            interface $Properties {

                /** SelectMergeStacktracesRequest profileTypeID */
                profileTypeID?: (string|null);

                /** SelectMergeStacktracesRequest labelSelector */
                labelSelector?: (string|null);

                /** SelectMergeStacktracesRequest start */
                start?: (number|null);

                /** SelectMergeStacktracesRequest end */
                end?: (number|null);

                /** SelectMergeStacktracesRequest maxNodes */
                maxNodes?: (number|null);

                /** SelectMergeStacktracesRequest format */
                format?: (querier.v1.ProfileFormat|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SelectMergeStacktracesRequest. */
            type $Shape = querier.v1.SelectMergeStacktracesRequest.$Properties;
        }

        /**
         * Properties of a SelectMergeSpanProfileRequest.
         * @deprecated Use querier.v1.SelectMergeSpanProfileRequest.$Properties instead.
         */
        interface ISelectMergeSpanProfileRequest extends querier.v1.SelectMergeSpanProfileRequest.$Properties {
        }

        /** Represents a SelectMergeSpanProfileRequest. */
        class SelectMergeSpanProfileRequest {

            /**
             * Constructs a new SelectMergeSpanProfileRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: querier.v1.SelectMergeSpanProfileRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SelectMergeSpanProfileRequest profileTypeID. */
            profileTypeID: string;

            /** SelectMergeSpanProfileRequest labelSelector. */
            labelSelector: string;

            /** SelectMergeSpanProfileRequest spanSelector. */
            spanSelector: string[];

            /** SelectMergeSpanProfileRequest start. */
            start: number;

            /** SelectMergeSpanProfileRequest end. */
            end: number;

            /** SelectMergeSpanProfileRequest maxNodes. */
            maxNodes?: (number|null);

            /** SelectMergeSpanProfileRequest format. */
            format: querier.v1.ProfileFormat;

            /**
             * Creates a new SelectMergeSpanProfileRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SelectMergeSpanProfileRequest instance
             */
            static create(properties: querier.v1.SelectMergeSpanProfileRequest.$Shape): querier.v1.SelectMergeSpanProfileRequest & querier.v1.SelectMergeSpanProfileRequest.$Shape;
            static create(properties?: querier.v1.SelectMergeSpanProfileRequest.$Properties): querier.v1.SelectMergeSpanProfileRequest;

            /**
             * Encodes the specified SelectMergeSpanProfileRequest message. Does not implicitly {@link querier.v1.SelectMergeSpanProfileRequest.verify|verify} messages.
             * @param message SelectMergeSpanProfileRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: querier.v1.SelectMergeSpanProfileRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SelectMergeSpanProfileRequest message, length delimited. Does not implicitly {@link querier.v1.SelectMergeSpanProfileRequest.verify|verify} messages.
             * @param message SelectMergeSpanProfileRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: querier.v1.SelectMergeSpanProfileRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SelectMergeSpanProfileRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {querier.v1.SelectMergeSpanProfileRequest & querier.v1.SelectMergeSpanProfileRequest.$Shape} SelectMergeSpanProfileRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): querier.v1.SelectMergeSpanProfileRequest & querier.v1.SelectMergeSpanProfileRequest.$Shape;

            /**
             * Decodes a SelectMergeSpanProfileRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {querier.v1.SelectMergeSpanProfileRequest & querier.v1.SelectMergeSpanProfileRequest.$Shape} SelectMergeSpanProfileRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): querier.v1.SelectMergeSpanProfileRequest & querier.v1.SelectMergeSpanProfileRequest.$Shape;

            /**
             * Verifies a SelectMergeSpanProfileRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SelectMergeSpanProfileRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SelectMergeSpanProfileRequest
             */
            static fromObject(object: { [k: string]: any }): querier.v1.SelectMergeSpanProfileRequest;

            /**
             * Creates a plain object from a SelectMergeSpanProfileRequest message. Also converts values to other types if specified.
             * @param message SelectMergeSpanProfileRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: querier.v1.SelectMergeSpanProfileRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SelectMergeSpanProfileRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SelectMergeSpanProfileRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SelectMergeSpanProfileRequest {

            /** Properties of a SelectMergeSpanProfileRequest. */
            interface $Properties {

                /** SelectMergeSpanProfileRequest profileTypeID */
                profileTypeID?: (string|null);

                /** SelectMergeSpanProfileRequest labelSelector */
                labelSelector?: (string|null);

                /** SelectMergeSpanProfileRequest spanSelector */
                spanSelector?: (string[]|null);

                /** SelectMergeSpanProfileRequest start */
                start?: (number|null);

                /** SelectMergeSpanProfileRequest end */
                end?: (number|null);

                /** SelectMergeSpanProfileRequest maxNodes */
                maxNodes?: (number|null);

                /** SelectMergeSpanProfileRequest format */
                format?: (querier.v1.ProfileFormat|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SelectMergeSpanProfileRequest. */
            type $Shape = querier.v1.SelectMergeSpanProfileRequest.$Properties;
        }

        /**
         * Properties of a SelectMergeSpanProfileResponse.
         * @deprecated Use querier.v1.SelectMergeSpanProfileResponse.$Properties instead.
         */
        interface ISelectMergeSpanProfileResponse extends querier.v1.SelectMergeSpanProfileResponse.$Properties {
        }

        /** Represents a SelectMergeSpanProfileResponse. */
        class SelectMergeSpanProfileResponse {

            /**
             * Constructs a new SelectMergeSpanProfileResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: querier.v1.SelectMergeSpanProfileResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SelectMergeSpanProfileResponse flamegraph. */
            flamegraph?: (querier.v1.FlameGraph.$Properties|null);

            /** SelectMergeSpanProfileResponse tree. */
            tree: Uint8Array;

            /**
             * Creates a new SelectMergeSpanProfileResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SelectMergeSpanProfileResponse instance
             */
            static create(properties: querier.v1.SelectMergeSpanProfileResponse.$Shape): querier.v1.SelectMergeSpanProfileResponse & querier.v1.SelectMergeSpanProfileResponse.$Shape;
            static create(properties?: querier.v1.SelectMergeSpanProfileResponse.$Properties): querier.v1.SelectMergeSpanProfileResponse;

            /**
             * Encodes the specified SelectMergeSpanProfileResponse message. Does not implicitly {@link querier.v1.SelectMergeSpanProfileResponse.verify|verify} messages.
             * @param message SelectMergeSpanProfileResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: querier.v1.SelectMergeSpanProfileResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SelectMergeSpanProfileResponse message, length delimited. Does not implicitly {@link querier.v1.SelectMergeSpanProfileResponse.verify|verify} messages.
             * @param message SelectMergeSpanProfileResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: querier.v1.SelectMergeSpanProfileResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SelectMergeSpanProfileResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {querier.v1.SelectMergeSpanProfileResponse & querier.v1.SelectMergeSpanProfileResponse.$Shape} SelectMergeSpanProfileResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): querier.v1.SelectMergeSpanProfileResponse & querier.v1.SelectMergeSpanProfileResponse.$Shape;

            /**
             * Decodes a SelectMergeSpanProfileResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {querier.v1.SelectMergeSpanProfileResponse & querier.v1.SelectMergeSpanProfileResponse.$Shape} SelectMergeSpanProfileResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): querier.v1.SelectMergeSpanProfileResponse & querier.v1.SelectMergeSpanProfileResponse.$Shape;

            /**
             * Verifies a SelectMergeSpanProfileResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SelectMergeSpanProfileResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SelectMergeSpanProfileResponse
             */
            static fromObject(object: { [k: string]: any }): querier.v1.SelectMergeSpanProfileResponse;

            /**
             * Creates a plain object from a SelectMergeSpanProfileResponse message. Also converts values to other types if specified.
             * @param message SelectMergeSpanProfileResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: querier.v1.SelectMergeSpanProfileResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SelectMergeSpanProfileResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SelectMergeSpanProfileResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SelectMergeSpanProfileResponse {

            /** Properties of a SelectMergeSpanProfileResponse. */
            interface $Properties {

                /** SelectMergeSpanProfileResponse flamegraph */
                flamegraph?: (querier.v1.FlameGraph.$Properties|null);

                /** SelectMergeSpanProfileResponse tree */
                tree?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SelectMergeSpanProfileResponse. */
            type $Shape = querier.v1.SelectMergeSpanProfileResponse.$Properties;
        }

        /**
         * Properties of a SelectMergeStacktracesResponse.
         * @deprecated Use querier.v1.SelectMergeStacktracesResponse.$Properties instead.
         */
        interface ISelectMergeStacktracesResponse extends querier.v1.SelectMergeStacktracesResponse.$Properties {
        }

        /** Represents a SelectMergeStacktracesResponse. */
        class SelectMergeStacktracesResponse {

            /**
             * Constructs a new SelectMergeStacktracesResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: querier.v1.SelectMergeStacktracesResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SelectMergeStacktracesResponse flamegraph. */
            flamegraph?: (querier.v1.FlameGraph.$Properties|null);

            /** SelectMergeStacktracesResponse tree. */
            tree: Uint8Array;

            /**
             * Creates a new SelectMergeStacktracesResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SelectMergeStacktracesResponse instance
             */
            static create(properties: querier.v1.SelectMergeStacktracesResponse.$Shape): querier.v1.SelectMergeStacktracesResponse & querier.v1.SelectMergeStacktracesResponse.$Shape;
            static create(properties?: querier.v1.SelectMergeStacktracesResponse.$Properties): querier.v1.SelectMergeStacktracesResponse;

            /**
             * Encodes the specified SelectMergeStacktracesResponse message. Does not implicitly {@link querier.v1.SelectMergeStacktracesResponse.verify|verify} messages.
             * @param message SelectMergeStacktracesResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: querier.v1.SelectMergeStacktracesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SelectMergeStacktracesResponse message, length delimited. Does not implicitly {@link querier.v1.SelectMergeStacktracesResponse.verify|verify} messages.
             * @param message SelectMergeStacktracesResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: querier.v1.SelectMergeStacktracesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SelectMergeStacktracesResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {querier.v1.SelectMergeStacktracesResponse & querier.v1.SelectMergeStacktracesResponse.$Shape} SelectMergeStacktracesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): querier.v1.SelectMergeStacktracesResponse & querier.v1.SelectMergeStacktracesResponse.$Shape;

            /**
             * Decodes a SelectMergeStacktracesResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {querier.v1.SelectMergeStacktracesResponse & querier.v1.SelectMergeStacktracesResponse.$Shape} SelectMergeStacktracesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): querier.v1.SelectMergeStacktracesResponse & querier.v1.SelectMergeStacktracesResponse.$Shape;

            /**
             * Verifies a SelectMergeStacktracesResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SelectMergeStacktracesResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SelectMergeStacktracesResponse
             */
            static fromObject(object: { [k: string]: any }): querier.v1.SelectMergeStacktracesResponse;

            /**
             * Creates a plain object from a SelectMergeStacktracesResponse message. Also converts values to other types if specified.
             * @param message SelectMergeStacktracesResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: querier.v1.SelectMergeStacktracesResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SelectMergeStacktracesResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SelectMergeStacktracesResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SelectMergeStacktracesResponse {

            /** Properties of a SelectMergeStacktracesResponse. */
            interface $Properties {

                /** SelectMergeStacktracesResponse flamegraph */
                flamegraph?: (querier.v1.FlameGraph.$Properties|null);

                /** SelectMergeStacktracesResponse tree */
                tree?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SelectMergeStacktracesResponse. */
            type $Shape = querier.v1.SelectMergeStacktracesResponse.$Properties;
        }

        /**
         * Properties of a FlameGraph.
         * @deprecated Use querier.v1.FlameGraph.$Properties instead.
         */
        interface IFlameGraph extends querier.v1.FlameGraph.$Properties {
        }

        /** Represents a FlameGraph. */
        class FlameGraph {

            /**
             * Constructs a new FlameGraph.
             * @param [properties] Properties to set
             */
            constructor(properties?: querier.v1.FlameGraph.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FlameGraph names. */
            names: string[];

            /** FlameGraph levels. */
            levels: querier.v1.Level.$Properties[];

            /** FlameGraph total. */
            total: number;

            /** FlameGraph maxSelf. */
            maxSelf: number;

            /**
             * Creates a new FlameGraph instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FlameGraph instance
             */
            static create(properties: querier.v1.FlameGraph.$Shape): querier.v1.FlameGraph & querier.v1.FlameGraph.$Shape;
            static create(properties?: querier.v1.FlameGraph.$Properties): querier.v1.FlameGraph;

            /**
             * Encodes the specified FlameGraph message. Does not implicitly {@link querier.v1.FlameGraph.verify|verify} messages.
             * @param message FlameGraph message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: querier.v1.FlameGraph.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified FlameGraph message, length delimited. Does not implicitly {@link querier.v1.FlameGraph.verify|verify} messages.
             * @param message FlameGraph message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: querier.v1.FlameGraph.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FlameGraph message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {querier.v1.FlameGraph & querier.v1.FlameGraph.$Shape} FlameGraph
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): querier.v1.FlameGraph & querier.v1.FlameGraph.$Shape;

            /**
             * Decodes a FlameGraph message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {querier.v1.FlameGraph & querier.v1.FlameGraph.$Shape} FlameGraph
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): querier.v1.FlameGraph & querier.v1.FlameGraph.$Shape;

            /**
             * Verifies a FlameGraph message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FlameGraph message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FlameGraph
             */
            static fromObject(object: { [k: string]: any }): querier.v1.FlameGraph;

            /**
             * Creates a plain object from a FlameGraph message. Also converts values to other types if specified.
             * @param message FlameGraph
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: querier.v1.FlameGraph, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FlameGraph to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FlameGraph
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FlameGraph {

            /** Properties of a FlameGraph. */
            interface $Properties {

                /** FlameGraph names */
                names?: (string[]|null);

                /** FlameGraph levels */
                levels?: (querier.v1.Level.$Properties[]|null);

                /** FlameGraph total */
                total?: (number|null);

                /** FlameGraph maxSelf */
                maxSelf?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FlameGraph. */
            type $Shape = querier.v1.FlameGraph.$Properties;
        }

        /**
         * Properties of a Level.
         * @deprecated Use querier.v1.Level.$Properties instead.
         */
        interface ILevel extends querier.v1.Level.$Properties {
        }

        /** Represents a Level. */
        class Level {

            /**
             * Constructs a new Level.
             * @param [properties] Properties to set
             */
            constructor(properties?: querier.v1.Level.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Level values. */
            values: number[];

            /**
             * Creates a new Level instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Level instance
             */
            static create(properties: querier.v1.Level.$Shape): querier.v1.Level & querier.v1.Level.$Shape;
            static create(properties?: querier.v1.Level.$Properties): querier.v1.Level;

            /**
             * Encodes the specified Level message. Does not implicitly {@link querier.v1.Level.verify|verify} messages.
             * @param message Level message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: querier.v1.Level.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Level message, length delimited. Does not implicitly {@link querier.v1.Level.verify|verify} messages.
             * @param message Level message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: querier.v1.Level.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Level message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {querier.v1.Level & querier.v1.Level.$Shape} Level
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): querier.v1.Level & querier.v1.Level.$Shape;

            /**
             * Decodes a Level message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {querier.v1.Level & querier.v1.Level.$Shape} Level
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): querier.v1.Level & querier.v1.Level.$Shape;

            /**
             * Verifies a Level message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Level message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Level
             */
            static fromObject(object: { [k: string]: any }): querier.v1.Level;

            /**
             * Creates a plain object from a Level message. Also converts values to other types if specified.
             * @param message Level
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: querier.v1.Level, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Level to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Level
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Level {

            /** Properties of a Level. */
            interface $Properties {

                /** Level values */
                values?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Level. */
            type $Shape = querier.v1.Level.$Properties;
        }

        /**
         * Properties of a SelectMergeProfileRequest.
         * @deprecated Use querier.v1.SelectMergeProfileRequest.$Properties instead.
         */
        interface ISelectMergeProfileRequest extends querier.v1.SelectMergeProfileRequest.$Properties {
        }

        /** Represents a SelectMergeProfileRequest. */
        class SelectMergeProfileRequest {

            /**
             * Constructs a new SelectMergeProfileRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: querier.v1.SelectMergeProfileRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SelectMergeProfileRequest profileTypeID. */
            profileTypeID: string;

            /** SelectMergeProfileRequest labelSelector. */
            labelSelector: string;

            /** SelectMergeProfileRequest start. */
            start: number;

            /** SelectMergeProfileRequest end. */
            end: number;

            /** SelectMergeProfileRequest maxNodes. */
            maxNodes?: (number|null);

            /**
             * Creates a new SelectMergeProfileRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SelectMergeProfileRequest instance
             */
            static create(properties: querier.v1.SelectMergeProfileRequest.$Shape): querier.v1.SelectMergeProfileRequest & querier.v1.SelectMergeProfileRequest.$Shape;
            static create(properties?: querier.v1.SelectMergeProfileRequest.$Properties): querier.v1.SelectMergeProfileRequest;

            /**
             * Encodes the specified SelectMergeProfileRequest message. Does not implicitly {@link querier.v1.SelectMergeProfileRequest.verify|verify} messages.
             * @param message SelectMergeProfileRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: querier.v1.SelectMergeProfileRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SelectMergeProfileRequest message, length delimited. Does not implicitly {@link querier.v1.SelectMergeProfileRequest.verify|verify} messages.
             * @param message SelectMergeProfileRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: querier.v1.SelectMergeProfileRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SelectMergeProfileRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {querier.v1.SelectMergeProfileRequest & querier.v1.SelectMergeProfileRequest.$Shape} SelectMergeProfileRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): querier.v1.SelectMergeProfileRequest & querier.v1.SelectMergeProfileRequest.$Shape;

            /**
             * Decodes a SelectMergeProfileRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {querier.v1.SelectMergeProfileRequest & querier.v1.SelectMergeProfileRequest.$Shape} SelectMergeProfileRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): querier.v1.SelectMergeProfileRequest & querier.v1.SelectMergeProfileRequest.$Shape;

            /**
             * Verifies a SelectMergeProfileRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SelectMergeProfileRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SelectMergeProfileRequest
             */
            static fromObject(object: { [k: string]: any }): querier.v1.SelectMergeProfileRequest;

            /**
             * Creates a plain object from a SelectMergeProfileRequest message. Also converts values to other types if specified.
             * @param message SelectMergeProfileRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: querier.v1.SelectMergeProfileRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SelectMergeProfileRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SelectMergeProfileRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SelectMergeProfileRequest {

            /** Properties of a SelectMergeProfileRequest. */
            interface $Properties {

                /** SelectMergeProfileRequest profileTypeID */
                profileTypeID?: (string|null);

                /** SelectMergeProfileRequest labelSelector */
                labelSelector?: (string|null);

                /** SelectMergeProfileRequest start */
                start?: (number|null);

                /** SelectMergeProfileRequest end */
                end?: (number|null);

                /** SelectMergeProfileRequest maxNodes */
                maxNodes?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SelectMergeProfileRequest. */
            type $Shape = querier.v1.SelectMergeProfileRequest.$Properties;
        }

        /**
         * Properties of a SelectSeriesRequest.
         * @deprecated Use querier.v1.SelectSeriesRequest.$Properties instead.
         */
        interface ISelectSeriesRequest extends querier.v1.SelectSeriesRequest.$Properties {
        }

        /** Represents a SelectSeriesRequest. */
        class SelectSeriesRequest {

            /**
             * Constructs a new SelectSeriesRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: querier.v1.SelectSeriesRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SelectSeriesRequest profileTypeID. */
            profileTypeID: string;

            /** SelectSeriesRequest labelSelector. */
            labelSelector: string;

            /** SelectSeriesRequest start. */
            start: number;

            /** SelectSeriesRequest end. */
            end: number;

            /** SelectSeriesRequest groupBy. */
            groupBy: string[];

            /** SelectSeriesRequest step. */
            step: number;

            /** SelectSeriesRequest aggregation. */
            aggregation?: (types.v1.TimeSeriesAggregationType|null);

            /**
             * Creates a new SelectSeriesRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SelectSeriesRequest instance
             */
            static create(properties: querier.v1.SelectSeriesRequest.$Shape): querier.v1.SelectSeriesRequest & querier.v1.SelectSeriesRequest.$Shape;
            static create(properties?: querier.v1.SelectSeriesRequest.$Properties): querier.v1.SelectSeriesRequest;

            /**
             * Encodes the specified SelectSeriesRequest message. Does not implicitly {@link querier.v1.SelectSeriesRequest.verify|verify} messages.
             * @param message SelectSeriesRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: querier.v1.SelectSeriesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SelectSeriesRequest message, length delimited. Does not implicitly {@link querier.v1.SelectSeriesRequest.verify|verify} messages.
             * @param message SelectSeriesRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: querier.v1.SelectSeriesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SelectSeriesRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {querier.v1.SelectSeriesRequest & querier.v1.SelectSeriesRequest.$Shape} SelectSeriesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): querier.v1.SelectSeriesRequest & querier.v1.SelectSeriesRequest.$Shape;

            /**
             * Decodes a SelectSeriesRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {querier.v1.SelectSeriesRequest & querier.v1.SelectSeriesRequest.$Shape} SelectSeriesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): querier.v1.SelectSeriesRequest & querier.v1.SelectSeriesRequest.$Shape;

            /**
             * Verifies a SelectSeriesRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SelectSeriesRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SelectSeriesRequest
             */
            static fromObject(object: { [k: string]: any }): querier.v1.SelectSeriesRequest;

            /**
             * Creates a plain object from a SelectSeriesRequest message. Also converts values to other types if specified.
             * @param message SelectSeriesRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: querier.v1.SelectSeriesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SelectSeriesRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SelectSeriesRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SelectSeriesRequest {

            /** Properties of a SelectSeriesRequest. */
            interface $Properties {

                /** SelectSeriesRequest profileTypeID */
                profileTypeID?: (string|null);

                /** SelectSeriesRequest labelSelector */
                labelSelector?: (string|null);

                /** SelectSeriesRequest start */
                start?: (number|null);

                /** SelectSeriesRequest end */
                end?: (number|null);

                /** SelectSeriesRequest groupBy */
                groupBy?: (string[]|null);

                /** SelectSeriesRequest step */
                step?: (number|null);

                /** SelectSeriesRequest aggregation */
                aggregation?: (types.v1.TimeSeriesAggregationType|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SelectSeriesRequest. */
            type $Shape = querier.v1.SelectSeriesRequest.$Properties;
        }

        /**
         * Properties of a SelectSeriesResponse.
         * @deprecated Use querier.v1.SelectSeriesResponse.$Properties instead.
         */
        interface ISelectSeriesResponse extends querier.v1.SelectSeriesResponse.$Properties {
        }

        /** Represents a SelectSeriesResponse. */
        class SelectSeriesResponse {

            /**
             * Constructs a new SelectSeriesResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: querier.v1.SelectSeriesResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SelectSeriesResponse series. */
            series: types.v1.Series.$Properties[];

            /**
             * Creates a new SelectSeriesResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SelectSeriesResponse instance
             */
            static create(properties: querier.v1.SelectSeriesResponse.$Shape): querier.v1.SelectSeriesResponse & querier.v1.SelectSeriesResponse.$Shape;
            static create(properties?: querier.v1.SelectSeriesResponse.$Properties): querier.v1.SelectSeriesResponse;

            /**
             * Encodes the specified SelectSeriesResponse message. Does not implicitly {@link querier.v1.SelectSeriesResponse.verify|verify} messages.
             * @param message SelectSeriesResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: querier.v1.SelectSeriesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SelectSeriesResponse message, length delimited. Does not implicitly {@link querier.v1.SelectSeriesResponse.verify|verify} messages.
             * @param message SelectSeriesResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: querier.v1.SelectSeriesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SelectSeriesResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {querier.v1.SelectSeriesResponse & querier.v1.SelectSeriesResponse.$Shape} SelectSeriesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): querier.v1.SelectSeriesResponse & querier.v1.SelectSeriesResponse.$Shape;

            /**
             * Decodes a SelectSeriesResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {querier.v1.SelectSeriesResponse & querier.v1.SelectSeriesResponse.$Shape} SelectSeriesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): querier.v1.SelectSeriesResponse & querier.v1.SelectSeriesResponse.$Shape;

            /**
             * Verifies a SelectSeriesResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SelectSeriesResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SelectSeriesResponse
             */
            static fromObject(object: { [k: string]: any }): querier.v1.SelectSeriesResponse;

            /**
             * Creates a plain object from a SelectSeriesResponse message. Also converts values to other types if specified.
             * @param message SelectSeriesResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: querier.v1.SelectSeriesResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SelectSeriesResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SelectSeriesResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SelectSeriesResponse {

            /** Properties of a SelectSeriesResponse. */
            interface $Properties {

                /** SelectSeriesResponse series */
                series?: (types.v1.Series.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SelectSeriesResponse. */
            type $Shape = querier.v1.SelectSeriesResponse.$Properties;
        }
    }
}

/** Namespace ingester. */
export namespace ingester {

    /** Namespace v1. */
    namespace v1 {

        /** Represents an IngesterService */
        class IngesterService extends $protobuf.rpc.Service {

            /**
             * Constructs a new IngesterService service.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             */
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

            /**
             * Creates new IngesterService service using the specified rpc implementation.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             * @returns RPC service. Useful where requests and/or responses are streamed.
             */
            static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): IngesterService;

            /** Calls Push. */
            push: ingester.v1.IngesterService.Push;

            /** Calls LabelValues. */
            labelValues: ingester.v1.IngesterService.LabelValues;

            /** Calls LabelNames. */
            labelNames: ingester.v1.IngesterService.LabelNames;

            /** Calls ProfileTypes. */
            profileTypes: ingester.v1.IngesterService.ProfileTypes;

            /** Calls Series. */
            series: ingester.v1.IngesterService.Series;

            /** Calls SelectProfiles. */
            selectProfiles: ingester.v1.IngesterService.SelectProfiles;

            /** Calls MergeStacktraces. */
            mergeStacktraces: ingester.v1.IngesterService.MergeStacktraces;

            /** Calls MergeProfile. */
            mergeProfile: ingester.v1.IngesterService.MergeProfile;

            /** Calls SelectSeriesDigests. */
            selectSeriesDigests: ingester.v1.IngesterService.SelectSeriesDigests;

            /** Calls Flush. */
            flush: ingester.v1.IngesterService.Flush;

            /** Calls PushStream. */
            pushStream: ingester.v1.IngesterService.PushStream;

            /** Calls CallStream. */
            callStream: ingester.v1.IngesterService.CallStream;
        }

        namespace IngesterService {

            /**
             * Callback as used by {@link ingester.v1.IngesterService#push}.
             * @param error Error, if any
             * @param [response] PushResponse
             */
            type PushCallback = (error: (Error|null), response?: push.v1.PushResponse) => void;

            /** Calls Push. */
            type Push = {
              (request: push.v1.IPushRequest, callback: ingester.v1.IngesterService.PushCallback): void;
              (request: push.v1.IPushRequest): Promise<push.v1.PushResponse>;
              readonly name: "Push";
              readonly path: "/ingester.v1.IngesterService/Push";
              readonly requestType: "push.v1.PushRequest";
              readonly responseType: "push.v1.PushResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link ingester.v1.IngesterService#labelValues}.
             * @param error Error, if any
             * @param [response] LabelValuesResponse
             */
            type LabelValuesCallback = (error: (Error|null), response?: types.v1.LabelValuesResponse) => void;

            /** Calls LabelValues. */
            type LabelValues = {
              (request: types.v1.ILabelValuesRequest, callback: ingester.v1.IngesterService.LabelValuesCallback): void;
              (request: types.v1.ILabelValuesRequest): Promise<types.v1.LabelValuesResponse>;
              readonly name: "LabelValues";
              readonly path: "/ingester.v1.IngesterService/LabelValues";
              readonly requestType: "types.v1.LabelValuesRequest";
              readonly responseType: "types.v1.LabelValuesResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link ingester.v1.IngesterService#labelNames}.
             * @param error Error, if any
             * @param [response] LabelNamesResponse
             */
            type LabelNamesCallback = (error: (Error|null), response?: types.v1.LabelNamesResponse) => void;

            /** Calls LabelNames. */
            type LabelNames = {
              (request: types.v1.ILabelNamesRequest, callback: ingester.v1.IngesterService.LabelNamesCallback): void;
              (request: types.v1.ILabelNamesRequest): Promise<types.v1.LabelNamesResponse>;
              readonly name: "LabelNames";
              readonly path: "/ingester.v1.IngesterService/LabelNames";
              readonly requestType: "types.v1.LabelNamesRequest";
              readonly responseType: "types.v1.LabelNamesResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link ingester.v1.IngesterService#profileTypes}.
             * @param error Error, if any
             * @param [response] ProfileTypesResponse
             */
            type ProfileTypesCallback = (error: (Error|null), response?: querier.v1.ProfileTypesResponse) => void;

            /** Calls ProfileTypes. */
            type ProfileTypes = {
              (request: querier.v1.IProfileTypesRequest, callback: ingester.v1.IngesterService.ProfileTypesCallback): void;
              (request: querier.v1.IProfileTypesRequest): Promise<querier.v1.ProfileTypesResponse>;
              readonly name: "ProfileTypes";
              readonly path: "/ingester.v1.IngesterService/ProfileTypes";
              readonly requestType: "querier.v1.ProfileTypesRequest";
              readonly responseType: "querier.v1.ProfileTypesResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link ingester.v1.IngesterService#series}.
             * @param error Error, if any
             * @param [response] SeriesResponse
             */
            type SeriesCallback = (error: (Error|null), response?: querier.v1.SeriesResponse) => void;

            /** Calls Series. */
            type Series = {
              (request: querier.v1.ISeriesRequest, callback: ingester.v1.IngesterService.SeriesCallback): void;
              (request: querier.v1.ISeriesRequest): Promise<querier.v1.SeriesResponse>;
              readonly name: "Series";
              readonly path: "/ingester.v1.IngesterService/Series";
              readonly requestType: "querier.v1.SeriesRequest";
              readonly responseType: "querier.v1.SeriesResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link ingester.v1.IngesterService#selectProfiles}.
             * @param error Error, if any
             * @param [response] SelectProfilesResponse
             */
            type SelectProfilesCallback = (error: (Error|null), response?: ingester.v1.SelectProfilesResponse) => void;

            /** Calls SelectProfiles. */
            type SelectProfiles = {
              (request: ingester.v1.IProfileSelector, callback: ingester.v1.IngesterService.SelectProfilesCallback): void;
              (request: ingester.v1.IProfileSelector): Promise<ingester.v1.SelectProfilesResponse>;
              readonly name: "SelectProfiles";
              readonly path: "/ingester.v1.IngesterService/SelectProfiles";
              readonly requestType: "ProfileSelector";
              readonly responseType: "SelectProfilesResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link ingester.v1.IngesterService#mergeStacktraces}.
             * @param error Error, if any
             * @param [response] MergeStacktracesResponse
             */
            type MergeStacktracesCallback = (error: (Error|null), response?: ingester.v1.MergeStacktracesResponse) => void;

            /** Calls MergeStacktraces. */
            type MergeStacktraces = {
              (request: ingester.v1.IMergeRequest, callback: ingester.v1.IngesterService.MergeStacktracesCallback): void;
              (request: ingester.v1.IMergeRequest): Promise<ingester.v1.MergeStacktracesResponse>;
              readonly name: "MergeStacktraces";
              readonly path: "/ingester.v1.IngesterService/MergeStacktraces";
              readonly requestType: "MergeRequest";
              readonly responseType: "MergeStacktracesResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link ingester.v1.IngesterService#mergeProfile}.
             * @param error Error, if any
             * @param [response] Profile
             */
            type MergeProfileCallback = (error: (Error|null), response?: google.v1.Profile) => void;

            /** Calls MergeProfile. */
            type MergeProfile = {
              (request: ingester.v1.IMergeRequest, callback: ingester.v1.IngesterService.MergeProfileCallback): void;
              (request: ingester.v1.IMergeRequest): Promise<google.v1.Profile>;
              readonly name: "MergeProfile";
              readonly path: "/ingester.v1.IngesterService/MergeProfile";
              readonly requestType: "MergeRequest";
              readonly responseType: "google.v1.Profile";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link ingester.v1.IngesterService#selectSeriesDigests}.
             * @param error Error, if any
             * @param [response] SeriesDigestsResponse
             */
            type SelectSeriesDigestsCallback = (error: (Error|null), response?: ingester.v1.SeriesDigestsResponse) => void;

            /** Calls SelectSeriesDigests. */
            type SelectSeriesDigests = {
              (request: ingester.v1.ISeriesDigestsRequest, callback: ingester.v1.IngesterService.SelectSeriesDigestsCallback): void;
              (request: ingester.v1.ISeriesDigestsRequest): Promise<ingester.v1.SeriesDigestsResponse>;
              readonly name: "SelectSeriesDigests";
              readonly path: "/ingester.v1.IngesterService/SelectSeriesDigests";
              readonly requestType: "SeriesDigestsRequest";
              readonly responseType: "SeriesDigestsResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link ingester.v1.IngesterService#flush}.
             * @param error Error, if any
             * @param [response] FlushResponse
             */
            type FlushCallback = (error: (Error|null), response?: ingester.v1.FlushResponse) => void;

            /** Calls Flush. */
            type Flush = {
              (request: ingester.v1.IFlushRequest, callback: ingester.v1.IngesterService.FlushCallback): void;
              (request: ingester.v1.IFlushRequest): Promise<ingester.v1.FlushResponse>;
              readonly name: "Flush";
              readonly path: "/ingester.v1.IngesterService/Flush";
              readonly requestType: "FlushRequest";
              readonly responseType: "FlushResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link ingester.v1.IngesterService#pushStream}.
             * @param error Error, if any
             * @param [response] PushStreamResponse
             */
            type PushStreamCallback = (error: (Error|null), response?: ingester.v1.PushStreamResponse) => void;

            /** Calls PushStream. */
            type PushStream = {
              (request: ingester.v1.IPushStreamRequest, callback: ingester.v1.IngesterService.PushStreamCallback): void;
              (request: ingester.v1.IPushStreamRequest): Promise<ingester.v1.PushStreamResponse>;
              readonly name: "PushStream";
              readonly path: "/ingester.v1.IngesterService/PushStream";
              readonly requestType: "PushStreamRequest";
              readonly responseType: "PushStreamResponse";
              readonly requestStream: true;
              readonly responseStream: true;
            };

            /**
             * Callback as used by {@link ingester.v1.IngesterService#callStream}.
             * @param error Error, if any
             * @param [response] CallStreamResponse
             */
            type CallStreamCallback = (error: (Error|null), response?: ingester.v1.CallStreamResponse) => void;

            /** Calls CallStream. */
            type CallStream = {
              (request: ingester.v1.ICallStreamRequest, callback: ingester.v1.IngesterService.CallStreamCallback): void;
              (request: ingester.v1.ICallStreamRequest): Promise<ingester.v1.CallStreamResponse>;
              readonly name: "CallStream";
              readonly path: "/ingester.v1.IngesterService/CallStream";
              readonly requestType: "CallStreamRequest";
              readonly responseType: "CallStreamResponse";
              readonly requestStream: true;
              readonly responseStream: true;
            };
        }

        /**
         * Properties of a CallStreamRequest.
         * @deprecated Use ingester.v1.CallStreamRequest.$Properties instead.
         */
        interface ICallStreamRequest extends ingester.v1.CallStreamRequest.$Properties {
        }

        /** Represents a CallStreamRequest. */
        class CallStreamRequest {

            /**
             * Constructs a new CallStreamRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: ingester.v1.CallStreamRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CallStreamRequest id. */
            id: number;

            /** CallStreamRequest method. */
            method: string;

            /** CallStreamRequest tenant. */
            tenant: string;

            /** CallStreamRequest timeoutMs. */
            timeoutMs: number;

            /** CallStreamRequest request. */
            request: Uint8Array;

            /** CallStreamRequest cancel. */
            cancel: boolean;

            /**
             * Creates a new CallStreamRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CallStreamRequest instance
             */
            static create(properties: ingester.v1.CallStreamRequest.$Shape): ingester.v1.CallStreamRequest & ingester.v1.CallStreamRequest.$Shape;
            static create(properties?: ingester.v1.CallStreamRequest.$Properties): ingester.v1.CallStreamRequest;

            /**
             * Encodes the specified CallStreamRequest message. Does not implicitly {@link ingester.v1.CallStreamRequest.verify|verify} messages.
             * @param message CallStreamRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ingester.v1.CallStreamRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CallStreamRequest message, length delimited. Does not implicitly {@link ingester.v1.CallStreamRequest.verify|verify} messages.
             * @param message CallStreamRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ingester.v1.CallStreamRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CallStreamRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ingester.v1.CallStreamRequest & ingester.v1.CallStreamRequest.$Shape} CallStreamRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingester.v1.CallStreamRequest & ingester.v1.CallStreamRequest.$Shape;

            /**
             * Decodes a CallStreamRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ingester.v1.CallStreamRequest & ingester.v1.CallStreamRequest.$Shape} CallStreamRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingester.v1.CallStreamRequest & ingester.v1.CallStreamRequest.$Shape;

            /**
             * Verifies a CallStreamRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CallStreamRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CallStreamRequest
             */
            static fromObject(object: { [k: string]: any }): ingester.v1.CallStreamRequest;

            /**
             * Creates a plain object from a CallStreamRequest message. Also converts values to other types if specified.
             * @param message CallStreamRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ingester.v1.CallStreamRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CallStreamRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CallStreamRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CallStreamRequest {

            /** Properties of a CallStreamRequest. */
            interface $Properties {

                /** CallStreamRequest id */
                id?: (number|null);

                /** CallStreamRequest method */
                method?: (string|null);

                /** CallStreamRequest tenant */
                tenant?: (string|null);

                /** CallStreamRequest timeoutMs */
                timeoutMs?: (number|null);

                /** CallStreamRequest request */
                request?: (Uint8Array|null);

                /** CallStreamRequest cancel */
                cancel?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CallStreamRequest. */
            type $Shape = ingester.v1.CallStreamRequest.$Properties;
        }

        /**
         * Properties of a CallStreamResponse.
         * @deprecated Use ingester.v1.CallStreamResponse.$Properties instead.
         */
        interface ICallStreamResponse extends ingester.v1.CallStreamResponse.$Properties {
        }

        /** Represents a CallStreamResponse. */
        class CallStreamResponse {

            /**
             * Constructs a new CallStreamResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: ingester.v1.CallStreamResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CallStreamResponse id. */
            id: number;

            /** CallStreamResponse code. */
            code: number;

            /** CallStreamResponse message. */
            message: string;

            /** CallStreamResponse response. */
            response: Uint8Array;

            /** CallStreamResponse more. */
            more: boolean;

            /** CallStreamResponse unprocessed. */
            unprocessed: boolean;

            /**
             * Creates a new CallStreamResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CallStreamResponse instance
             */
            static create(properties: ingester.v1.CallStreamResponse.$Shape): ingester.v1.CallStreamResponse & ingester.v1.CallStreamResponse.$Shape;
            static create(properties?: ingester.v1.CallStreamResponse.$Properties): ingester.v1.CallStreamResponse;

            /**
             * Encodes the specified CallStreamResponse message. Does not implicitly {@link ingester.v1.CallStreamResponse.verify|verify} messages.
             * @param message CallStreamResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ingester.v1.CallStreamResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CallStreamResponse message, length delimited. Does not implicitly {@link ingester.v1.CallStreamResponse.verify|verify} messages.
             * @param message CallStreamResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ingester.v1.CallStreamResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CallStreamResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ingester.v1.CallStreamResponse & ingester.v1.CallStreamResponse.$Shape} CallStreamResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingester.v1.CallStreamResponse & ingester.v1.CallStreamResponse.$Shape;

            /**
             * Decodes a CallStreamResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ingester.v1.CallStreamResponse & ingester.v1.CallStreamResponse.$Shape} CallStreamResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingester.v1.CallStreamResponse & ingester.v1.CallStreamResponse.$Shape;

            /**
             * Verifies a CallStreamResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CallStreamResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CallStreamResponse
             */
            static fromObject(object: { [k: string]: any }): ingester.v1.CallStreamResponse;

            /**
             * Creates a plain object from a CallStreamResponse message. Also converts values to other types if specified.
             * @param message CallStreamResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ingester.v1.CallStreamResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CallStreamResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CallStreamResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CallStreamResponse {

            /** Properties of a CallStreamResponse. */
            interface $Properties {

                /** CallStreamResponse id */
                id?: (number|null);

                /** CallStreamResponse code */
                code?: (number|null);

                /** CallStreamResponse message */
                message?: (string|null);

                /** CallStreamResponse response */
                response?: (Uint8Array|null);

                /** CallStreamResponse more */
                more?: (boolean|null);

                /** CallStreamResponse unprocessed */
                unprocessed?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CallStreamResponse. */
            type $Shape = ingester.v1.CallStreamResponse.$Properties;
        }

        /**
         * Properties of a PushStreamRequest.
         * @deprecated Use ingester.v1.PushStreamRequest.$Properties instead.
         */
        interface IPushStreamRequest extends ingester.v1.PushStreamRequest.$Properties {
        }

        /** Represents a PushStreamRequest. */
        class PushStreamRequest {

            /**
             * Constructs a new PushStreamRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: ingester.v1.PushStreamRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PushStreamRequest id. */
            id: number;

            /** PushStreamRequest tenant. */
            tenant: string;

            /** PushStreamRequest timeoutMs. */
            timeoutMs: number;

            /** PushStreamRequest request. */
            request?: (push.v1.PushRequest.$Properties|null);

            /**
             * Creates a new PushStreamRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PushStreamRequest instance
             */
            static create(properties: ingester.v1.PushStreamRequest.$Shape): ingester.v1.PushStreamRequest & ingester.v1.PushStreamRequest.$Shape;
            static create(properties?: ingester.v1.PushStreamRequest.$Properties): ingester.v1.PushStreamRequest;

            /**
             * Encodes the specified PushStreamRequest message. Does not implicitly {@link ingester.v1.PushStreamRequest.verify|verify} messages.
             * @param message PushStreamRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ingester.v1.PushStreamRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PushStreamRequest message, length delimited. Does not implicitly {@link ingester.v1.PushStreamRequest.verify|verify} messages.
             * @param message PushStreamRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ingester.v1.PushStreamRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PushStreamRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ingester.v1.PushStreamRequest & ingester.v1.PushStreamRequest.$Shape} PushStreamRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingester.v1.PushStreamRequest & ingester.v1.PushStreamRequest.$Shape;

            /**
             * Decodes a PushStreamRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ingester.v1.PushStreamRequest & ingester.v1.PushStreamRequest.$Shape} PushStreamRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingester.v1.PushStreamRequest & ingester.v1.PushStreamRequest.$Shape;

            /**
             * Verifies a PushStreamRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PushStreamRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PushStreamRequest
             */
            static fromObject(object: { [k: string]: any }): ingester.v1.PushStreamRequest;

            /**
             * Creates a plain object from a PushStreamRequest message. Also converts values to other types if specified.
             * @param message PushStreamRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ingester.v1.PushStreamRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PushStreamRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PushStreamRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PushStreamRequest {

            /** Properties of a PushStreamRequest. */
            interface $Properties {

                /** PushStreamRequest id */
                id?: (number|null);

                /** PushStreamRequest tenant */
                tenant?: (string|null);

                /** PushStreamRequest timeoutMs */
                timeoutMs?: (number|null);

                /** PushStreamRequest request */
                request?: (push.v1.PushRequest.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PushStreamRequest. */
            type $Shape = ingester.v1.PushStreamRequest.$Properties;
        }

        /**
         * Properties of a PushStreamResponse.
         * @deprecated Use ingester.v1.PushStreamResponse.$Properties instead.
         */
        interface IPushStreamResponse extends ingester.v1.PushStreamResponse.$Properties {
        }

        /** Represents a PushStreamResponse. */
        class PushStreamResponse {

            /**
             * Constructs a new PushStreamResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: ingester.v1.PushStreamResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PushStreamResponse id. */
            id: number;

            /** PushStreamResponse code. */
            code: number;

            /** PushStreamResponse message. */
            message: string;

            /** PushStreamResponse unprocessed. */
            unprocessed: boolean;

            /**
             * Creates a new PushStreamResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PushStreamResponse instance
             */
            static create(properties: ingester.v1.PushStreamResponse.$Shape): ingester.v1.PushStreamResponse & ingester.v1.PushStreamResponse.$Shape;
            static create(properties?: ingester.v1.PushStreamResponse.$Properties): ingester.v1.PushStreamResponse;

            /**
             * Encodes the specified PushStreamResponse message. Does not implicitly {@link ingester.v1.PushStreamResponse.verify|verify} messages.
             * @param message PushStreamResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ingester.v1.PushStreamResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PushStreamResponse message, length delimited. Does not implicitly {@link ingester.v1.PushStreamResponse.verify|verify} messages.
             * @param message PushStreamResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ingester.v1.PushStreamResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PushStreamResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ingester.v1.PushStreamResponse & ingester.v1.PushStreamResponse.$Shape} PushStreamResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingester.v1.PushStreamResponse & ingester.v1.PushStreamResponse.$Shape;

            /**
             * Decodes a PushStreamResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ingester.v1.PushStreamResponse & ingester.v1.PushStreamResponse.$Shape} PushStreamResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingester.v1.PushStreamResponse & ingester.v1.PushStreamResponse.$Shape;

            /**
             * Verifies a PushStreamResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PushStreamResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PushStreamResponse
             */
            static fromObject(object: { [k: string]: any }): ingester.v1.PushStreamResponse;

            /**
             * Creates a plain object from a PushStreamResponse message. Also converts values to other types if specified.
             * @param message PushStreamResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ingester.v1.PushStreamResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PushStreamResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PushStreamResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PushStreamResponse {

            /** Properties of a PushStreamResponse. */
            interface $Properties {

                /** PushStreamResponse id */
                id?: (number|null);

                /** PushStreamResponse code */
                code?: (number|null);

                /** PushStreamResponse message */
                message?: (string|null);

                /** PushStreamResponse unprocessed */
                unprocessed?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PushStreamResponse. */
            type $Shape = ingester.v1.PushStreamResponse.$Properties;
        }

        /**
         * Properties of a ProfileSelector.
         * @deprecated Use ingester.v1.ProfileSelector.$Properties instead.
         */
        interface IProfileSelector extends ingester.v1.ProfileSelector.$Properties {
        }

        /** Represents a ProfileSelector. */
        class ProfileSelector {

            /**
             * Constructs a new ProfileSelector.
             * @param [properties] Properties to set
             */
            constructor(properties?: ingester.v1.ProfileSelector.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ProfileSelector profileTypeID. */
            profileTypeID: string;

            /** ProfileSelector labelSelector. */
            labelSelector: string;

            /** ProfileSelector start. */
            start: number;

            /** ProfileSelector end. */
            end: number;

            /**
             * Creates a new ProfileSelector instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ProfileSelector instance
             */
            static create(properties: ingester.v1.ProfileSelector.$Shape): ingester.v1.ProfileSelector & ingester.v1.ProfileSelector.$Shape;
            static create(properties?: ingester.v1.ProfileSelector.$Properties): ingester.v1.ProfileSelector;

            /**
             * Encodes the specified ProfileSelector message. Does not implicitly {@link ingester.v1.ProfileSelector.verify|verify} messages.
             * @param message ProfileSelector message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ingester.v1.ProfileSelector.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ProfileSelector message, length delimited. Does not implicitly {@link ingester.v1.ProfileSelector.verify|verify} messages.
             * @param message ProfileSelector message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ingester.v1.ProfileSelector.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProfileSelector message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ingester.v1.ProfileSelector & ingester.v1.ProfileSelector.$Shape} ProfileSelector
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingester.v1.ProfileSelector & ingester.v1.ProfileSelector.$Shape;

            /**
             * Decodes a ProfileSelector message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ingester.v1.ProfileSelector & ingester.v1.ProfileSelector.$Shape} ProfileSelector
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingester.v1.ProfileSelector & ingester.v1.ProfileSelector.$Shape;

            /**
             * Verifies a ProfileSelector message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ProfileSelector message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ProfileSelector
             */
            static fromObject(object: { [k: string]: any }): ingester.v1.ProfileSelector;

            /**
             * Creates a plain object from a ProfileSelector message. Also converts values to other types if specified.
             * @param message ProfileSelector
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ingester.v1.ProfileSelector, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ProfileSelector to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ProfileSelector
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ProfileSelector {

            /** Properties of a ProfileSelector. */
            interface $Properties {

                /** ProfileSelector profileTypeID */
                profileTypeID?: (string|null);

                /** ProfileSelector labelSelector */
                labelSelector?: (string|null);

                /** ProfileSelector start */
                start?: (number|null);

                /** ProfileSelector end */
                end?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ProfileSelector. */
            type $Shape = ingester.v1.ProfileSelector.$Properties;
        }

        /**
         * Properties of a ProfileKey.
         * @deprecated Use ingester.v1.ProfileKey.$Properties instead.
         */
        interface IProfileKey extends ingester.v1.ProfileKey.$Properties {
        }

        /** Represents a ProfileKey. */
        class ProfileKey {

            /**
             * Constructs a new ProfileKey.
             * @param [properties] Properties to set
             */
            constructor(properties?: ingester.v1.ProfileKey.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ProfileKey seriesFingerprint. */
            seriesFingerprint: string;

            /** ProfileKey timestamp. */
            timestamp: number;

            /** ProfileKey id. */
            id: string;

            /**
             * Creates a new ProfileKey instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ProfileKey instance
             */
            static create(properties: ingester.v1.ProfileKey.$Shape): ingester.v1.ProfileKey & ingester.v1.ProfileKey.$Shape;
            static create(properties?: ingester.v1.ProfileKey.$Properties): ingester.v1.ProfileKey;

            /**
             * Encodes the specified ProfileKey message. Does not implicitly {@link ingester.v1.ProfileKey.verify|verify} messages.
             * @param message ProfileKey message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ingester.v1.ProfileKey.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ProfileKey message, length delimited. Does not implicitly {@link ingester.v1.ProfileKey.verify|verify} messages.
             * @param message ProfileKey message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ingester.v1.ProfileKey.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProfileKey message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ingester.v1.ProfileKey & ingester.v1.ProfileKey.$Shape} ProfileKey
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingester.v1.ProfileKey & ingester.v1.ProfileKey.$Shape;

            /**
             * Decodes a ProfileKey message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ingester.v1.ProfileKey & ingester.v1.ProfileKey.$Shape} ProfileKey
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingester.v1.ProfileKey & ingester.v1.ProfileKey.$Shape;

            /**
             * Verifies a ProfileKey message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ProfileKey message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ProfileKey
             */
            static fromObject(object: { [k: string]: any }): ingester.v1.ProfileKey;

            /**
             * Creates a plain object from a ProfileKey message. Also converts values to other types if specified.
             * @param message ProfileKey
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ingester.v1.ProfileKey, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ProfileKey to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ProfileKey
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ProfileKey {

            /** Properties of a ProfileKey. */
            interface $Properties {

                /** ProfileKey seriesFingerprint */
                seriesFingerprint?: (string|null);

                /** ProfileKey timestamp */
                timestamp?: (number|null);

                /** ProfileKey id */
                id?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ProfileKey. */
            type $Shape = ingester.v1.ProfileKey.$Properties;
        }

        /**
         * Properties of a ProfileRef.
         * @deprecated Use ingester.v1.ProfileRef.$Properties instead.
         */
        interface IProfileRef extends ingester.v1.ProfileRef.$Properties {
        }

        /** Represents a ProfileRef. */
        class ProfileRef {

            /**
             * Constructs a new ProfileRef.
             * @param [properties] Properties to set
             */
            constructor(properties?: ingester.v1.ProfileRef.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ProfileRef key. */
            key?: (ingester.v1.ProfileKey.$Properties|null);

            /** ProfileRef value. */
            value: number;

            /** ProfileRef seriesIndex. */
            seriesIndex: number;

            /**
             * Creates a new ProfileRef instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ProfileRef instance
             */
            static create(properties: ingester.v1.ProfileRef.$Shape): ingester.v1.ProfileRef & ingester.v1.ProfileRef.$Shape;
            static create(properties?: ingester.v1.ProfileRef.$Properties): ingester.v1.ProfileRef;

            /**
             * Encodes the specified ProfileRef message. Does not implicitly {@link ingester.v1.ProfileRef.verify|verify} messages.
             * @param message ProfileRef message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ingester.v1.ProfileRef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ProfileRef message, length delimited. Does not implicitly {@link ingester.v1.ProfileRef.verify|verify} messages.
             * @param message ProfileRef message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ingester.v1.ProfileRef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProfileRef message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ingester.v1.ProfileRef & ingester.v1.ProfileRef.$Shape} ProfileRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingester.v1.ProfileRef & ingester.v1.ProfileRef.$Shape;

            /**
             * Decodes a ProfileRef message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ingester.v1.ProfileRef & ingester.v1.ProfileRef.$Shape} ProfileRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingester.v1.ProfileRef & ingester.v1.ProfileRef.$Shape;

            /**
             * Verifies a ProfileRef message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ProfileRef message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ProfileRef
             */
            static fromObject(object: { [k: string]: any }): ingester.v1.ProfileRef;

            /**
             * Creates a plain object from a ProfileRef message. Also converts values to other types if specified.
             * @param message ProfileRef
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ingester.v1.ProfileRef, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ProfileRef to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ProfileRef
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ProfileRef {

            /** Properties of a ProfileRef. */
            interface $Properties {

                /** ProfileRef key */
                key?: (ingester.v1.ProfileKey.$Properties|null);

                /** ProfileRef value */
                value?: (number|null);

                /** ProfileRef seriesIndex */
                seriesIndex?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ProfileRef. */
            type $Shape = ingester.v1.ProfileRef.$Properties;
        }

        /**
         * Properties of a SelectProfilesResponse.
         * @deprecated Use ingester.v1.SelectProfilesResponse.$Properties instead.
         */
        interface ISelectProfilesResponse extends ingester.v1.SelectProfilesResponse.$Properties {
        }

        /** Represents a SelectProfilesResponse. */
        class SelectProfilesResponse {

            /**
             * Constructs a new SelectProfilesResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: ingester.v1.SelectProfilesResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SelectProfilesResponse series. */
            series: types.v1.Labels.$Properties[];

            /** SelectProfilesResponse profiles. */
            profiles: ingester.v1.ProfileRef.$Properties[];

            /**
             * Creates a new SelectProfilesResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SelectProfilesResponse instance
             */
            static create(properties: ingester.v1.SelectProfilesResponse.$Shape): ingester.v1.SelectProfilesResponse & ingester.v1.SelectProfilesResponse.$Shape;
            static create(properties?: ingester.v1.SelectProfilesResponse.$Properties): ingester.v1.SelectProfilesResponse;

            /**
             * Encodes the specified SelectProfilesResponse message. Does not implicitly {@link ingester.v1.SelectProfilesResponse.verify|verify} messages.
             * @param message SelectProfilesResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ingester.v1.SelectProfilesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SelectProfilesResponse message, length delimited. Does not implicitly {@link ingester.v1.SelectProfilesResponse.verify|verify} messages.
             * @param message SelectProfilesResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ingester.v1.SelectProfilesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SelectProfilesResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ingester.v1.SelectProfilesResponse & ingester.v1.SelectProfilesResponse.$Shape} SelectProfilesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingester.v1.SelectProfilesResponse & ingester.v1.SelectProfilesResponse.$Shape;

            /**
             * Decodes a SelectProfilesResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ingester.v1.SelectProfilesResponse & ingester.v1.SelectProfilesResponse.$Shape} SelectProfilesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingester.v1.SelectProfilesResponse & ingester.v1.SelectProfilesResponse.$Shape;

            /**
             * Verifies a SelectProfilesResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SelectProfilesResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SelectProfilesResponse
             */
            static fromObject(object: { [k: string]: any }): ingester.v1.SelectProfilesResponse;

            /**
             * Creates a plain object from a SelectProfilesResponse message. Also converts values to other types if specified.
             * @param message SelectProfilesResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ingester.v1.SelectProfilesResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SelectProfilesResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SelectProfilesResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SelectProfilesResponse {

            /** Properties of a SelectProfilesResponse. */
            interface $Properties {

                /** SelectProfilesResponse series */
                series?: (types.v1.Labels.$Properties[]|null);

                /** SelectProfilesResponse profiles */
                profiles?: (ingester.v1.ProfileRef.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SelectProfilesResponse. */
            type $Shape = ingester.v1.SelectProfilesResponse.$Properties;
        }

        /**
         * Properties of a MergeRequest.
         * @deprecated Use ingester.v1.MergeRequest.$Properties instead.
         */
        interface IMergeRequest extends ingester.v1.MergeRequest.$Properties {
        }

        /** Represents a MergeRequest. */
        class MergeRequest {

            /**
             * Constructs a new MergeRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: ingester.v1.MergeRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MergeRequest selector. */
            selector?: (ingester.v1.ProfileSelector.$Properties|null);

            /** MergeRequest keep. */
            keep: ingester.v1.ProfileKey.$Properties[];

            /** MergeRequest keepAll. */
            keepAll: boolean;

            /** MergeRequest maxNodes. */
            maxNodes: number;

            /** MergeRequest spanSelector. */
            spanSelector: string[];

            /** MergeRequest treeColumns. */
            treeColumns: boolean;

            /** MergeRequest keepSeries. */
            keepSeries: ingester.v1.SeriesKeep.$Properties[];

            /** MergeRequest withDigests. */
            withDigests: boolean;

            /** MergeRequest renderFormat. */
            renderFormat: number;

            /** MergeRequest renderGzip. */
            renderGzip: boolean;

            /**
             * Creates a new MergeRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MergeRequest instance
             */
            static create(properties: ingester.v1.MergeRequest.$Shape): ingester.v1.MergeRequest & ingester.v1.MergeRequest.$Shape;
            static create(properties?: ingester.v1.MergeRequest.$Properties): ingester.v1.MergeRequest;

            /**
             * Encodes the specified MergeRequest message. Does not implicitly {@link ingester.v1.MergeRequest.verify|verify} messages.
             * @param message MergeRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ingester.v1.MergeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MergeRequest message, length delimited. Does not implicitly {@link ingester.v1.MergeRequest.verify|verify} messages.
             * @param message MergeRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ingester.v1.MergeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MergeRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ingester.v1.MergeRequest & ingester.v1.MergeRequest.$Shape} MergeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingester.v1.MergeRequest & ingester.v1.MergeRequest.$Shape;

            /**
             * Decodes a MergeRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ingester.v1.MergeRequest & ingester.v1.MergeRequest.$Shape} MergeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingester.v1.MergeRequest & ingester.v1.MergeRequest.$Shape;

            /**
             * Verifies a MergeRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a MergeRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MergeRequest
             */
            static fromObject(object: { [k: string]: any }): ingester.v1.MergeRequest;

            /**
             * Creates a plain object from a MergeRequest message. Also converts values to other types if specified.
             * @param message MergeRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ingester.v1.MergeRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MergeRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MergeRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MergeRequest {

            /** Properties of a MergeRequest. */
            interface $Properties {

                /** MergeRequest selector */
                selector?: (ingester.v1.ProfileSelector.$Properties|null);

                /** MergeRequest keep */
                keep?: (ingester.v1.ProfileKey.$Properties[]|null);

                /** MergeRequest keepAll */
                keepAll?: (boolean|null);

                /** MergeRequest maxNodes */
                maxNodes?: (number|null);

                /** MergeRequest spanSelector */
                spanSelector?: (string[]|null);

                /** MergeRequest treeColumns */
                treeColumns?: (boolean|null);

                /** MergeRequest keepSeries */
                keepSeries?: (ingester.v1.SeriesKeep.$Properties[]|null);

                /** MergeRequest withDigests */
                withDigests?: (boolean|null);

                /** MergeRequest renderFormat */
                renderFormat?: (number|null);

                /** MergeRequest renderGzip */
                renderGzip?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MergeRequest. */
            type $Shape = ingester.v1.MergeRequest.$Properties;
        }

        /**
         * Properties of a SeriesKeep.
         * @deprecated Use ingester.v1.SeriesKeep.$Properties instead.
         */
        interface ISeriesKeep extends ingester.v1.SeriesKeep.$Properties {
        }

        /** Represents a SeriesKeep. */
        class SeriesKeep {

            /**
             * Constructs a new SeriesKeep.
             * @param [properties] Properties to set
             */
            constructor(properties?: ingester.v1.SeriesKeep.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SeriesKeep seriesFingerprint. */
            seriesFingerprint: string;

            /** SeriesKeep count. */
            count: number;

            /** SeriesKeep digestLo. */
            digestLo: number;

            /** SeriesKeep digestHi. */
            digestHi: number;

            /**
             * Creates a new SeriesKeep instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SeriesKeep instance
             */
            static create(properties: ingester.v1.SeriesKeep.$Shape): ingester.v1.SeriesKeep & ingester.v1.SeriesKeep.$Shape;
            static create(properties?: ingester.v1.SeriesKeep.$Properties): ingester.v1.SeriesKeep;

            /**
             * Encodes the specified SeriesKeep message. Does not implicitly {@link ingester.v1.SeriesKeep.verify|verify} messages.
             * @param message SeriesKeep message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ingester.v1.SeriesKeep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SeriesKeep message, length delimited. Does not implicitly {@link ingester.v1.SeriesKeep.verify|verify} messages.
             * @param message SeriesKeep message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ingester.v1.SeriesKeep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SeriesKeep message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ingester.v1.SeriesKeep & ingester.v1.SeriesKeep.$Shape} SeriesKeep
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingester.v1.SeriesKeep & ingester.v1.SeriesKeep.$Shape;

            /**
             * Decodes a SeriesKeep message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ingester.v1.SeriesKeep & ingester.v1.SeriesKeep.$Shape} SeriesKeep
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingester.v1.SeriesKeep & ingester.v1.SeriesKeep.$Shape;

            /**
             * Verifies a SeriesKeep message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SeriesKeep message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SeriesKeep
             */
            static fromObject(object: { [k: string]: any }): ingester.v1.SeriesKeep;

            /**
             * Creates a plain object from a SeriesKeep message. Also converts values to other types if specified.
             * @param message SeriesKeep
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ingester.v1.SeriesKeep, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SeriesKeep to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SeriesKeep
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SeriesKeep {

            /** Properties of a SeriesKeep. */
            interface $Properties {

                /** SeriesKeep seriesFingerprint */
                seriesFingerprint?: (string|null);

                /** SeriesKeep count */
                count?: (number|null);

                /** SeriesKeep digestLo */
                digestLo?: (number|null);

                /** SeriesKeep digestHi */
                digestHi?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SeriesKeep. */
            type $Shape = ingester.v1.SeriesKeep.$Properties;
        }

        /**
         * Properties of a MergeStacktracesResponse.
         * @deprecated Use ingester.v1.MergeStacktracesResponse.$Properties instead.
         */
        interface IMergeStacktracesResponse extends ingester.v1.MergeStacktracesResponse.$Properties {
        }

        /** Represents a MergeStacktracesResponse. */
        class MergeStacktracesResponse {

            /**
             * Constructs a new MergeStacktracesResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: ingester.v1.MergeStacktracesResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MergeStacktracesResponse names. */
            names: string[];

            /** MergeStacktracesResponse stacks. */
            stacks: ingester.v1.Stack.$Properties[];

            /** MergeStacktracesResponse treeParent. */
            treeParent: number[];

            /** MergeStacktracesResponse treeName. */
            treeName: number[];

            /** MergeStacktracesResponse treeSelf. */
            treeSelf: number[];

            /** MergeStacktracesResponse missing. */
            missing: ingester.v1.ProfileKey.$Properties[];

            /** MergeStacktracesResponse missingSeries. */
            missingSeries: string[];

            /** MergeStacktracesResponse seriesKept. */
            seriesKept: boolean;

            /** MergeStacktracesResponse digests. */
            digests: ingester.v1.SeriesDigest.$Properties[];

            /** MergeStacktracesResponse blocks. */
            blocks: string[];

            /** MergeStacktracesResponse digestsAnswered. */
            digestsAnswered: boolean;

            /** MergeStacktracesResponse rendered. */
            rendered: Uint8Array;

            /** MergeStacktracesResponse renderedGzip. */
            renderedGzip: boolean;

            /**
             * Creates a new MergeStacktracesResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MergeStacktracesResponse instance
             */
            static create(properties: ingester.v1.MergeStacktracesResponse.$Shape): ingester.v1.MergeStacktracesResponse & ingester.v1.MergeStacktracesResponse.$Shape;
            static create(properties?: ingester.v1.MergeStacktracesResponse.$Properties): ingester.v1.MergeStacktracesResponse;

            /**
             * Encodes the specified MergeStacktracesResponse message. Does not implicitly {@link ingester.v1.MergeStacktracesResponse.verify|verify} messages.
             * @param message MergeStacktracesResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ingester.v1.MergeStacktracesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MergeStacktracesResponse message, length delimited. Does not implicitly {@link ingester.v1.MergeStacktracesResponse.verify|verify} messages.
             * @param message MergeStacktracesResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ingester.v1.MergeStacktracesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MergeStacktracesResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ingester.v1.MergeStacktracesResponse & ingester.v1.MergeStacktracesResponse.$Shape} MergeStacktracesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingester.v1.MergeStacktracesResponse & ingester.v1.MergeStacktracesResponse.$Shape;

            /**
             * Decodes a MergeStacktracesResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ingester.v1.MergeStacktracesResponse & ingester.v1.MergeStacktracesResponse.$Shape} MergeStacktracesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingester.v1.MergeStacktracesResponse & ingester.v1.MergeStacktracesResponse.$Shape;

            /**
             * Verifies a MergeStacktracesResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a MergeStacktracesResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MergeStacktracesResponse
             */
            static fromObject(object: { [k: string]: any }): ingester.v1.MergeStacktracesResponse;

            /**
             * Creates a plain object from a MergeStacktracesResponse message. Also converts values to other types if specified.
             * @param message MergeStacktracesResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ingester.v1.MergeStacktracesResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MergeStacktracesResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MergeStacktracesResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MergeStacktracesResponse {

            /** Properties of a MergeStacktracesResponse. */
            interface $Properties {

                /** MergeStacktracesResponse names */
                names?: (string[]|null);

                /** MergeStacktracesResponse stacks */
                stacks?: (ingester.v1.Stack.$Properties[]|null);

                /** MergeStacktracesResponse treeParent */
                treeParent?: (number[]|null);

                /** MergeStacktracesResponse treeName */
                treeName?: (number[]|null);

                /** MergeStacktracesResponse treeSelf */
                treeSelf?: (number[]|null);

                /** MergeStacktracesResponse missing */
                missing?: (ingester.v1.ProfileKey.$Properties[]|null);

                /** MergeStacktracesResponse missingSeries */
                missingSeries?: (string[]|null);

                /** MergeStacktracesResponse seriesKept */
                seriesKept?: (boolean|null);

                /** MergeStacktracesResponse digests */
                digests?: (ingester.v1.SeriesDigest.$Properties[]|null);

                /** MergeStacktracesResponse blocks */
                blocks?: (string[]|null);

                /** MergeStacktracesResponse digestsAnswered */
                digestsAnswered?: (boolean|null);

                /** MergeStacktracesResponse rendered */
                rendered?: (Uint8Array|null);

                /** MergeStacktracesResponse renderedGzip */
                renderedGzip?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MergeStacktracesResponse. */
            type $Shape = ingester.v1.MergeStacktracesResponse.$Properties;
        }

        /**
         * Properties of a SeriesDigestsRequest.
         * @deprecated Use ingester.v1.SeriesDigestsRequest.$Properties instead.
         */
        interface ISeriesDigestsRequest extends ingester.v1.SeriesDigestsRequest.$Properties {
        }

        /** Represents a SeriesDigestsRequest. */
        class SeriesDigestsRequest {

            /**
             * Constructs a new SeriesDigestsRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: ingester.v1.SeriesDigestsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SeriesDigestsRequest selector. */
            selector?: (ingester.v1.ProfileSelector.$Properties|null);

            /** SeriesDigestsRequest stepMs. */
            stepMs: number;

            /** SeriesDigestsRequest onlyLabelNames. */
            onlyLabelNames: boolean;

            /** SeriesDigestsRequest labelNames. */
            labelNames: string[];

            /** SeriesDigestsRequest render. */
            render?: (ingester.v1.SeriesRender.$Properties|null);

            /** SeriesDigestsRequest withoutSteps. */
            withoutSteps: boolean;

            /**
             * Creates a new SeriesDigestsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SeriesDigestsRequest instance
             */
            static create(properties: ingester.v1.SeriesDigestsRequest.$Shape): ingester.v1.SeriesDigestsRequest & ingester.v1.SeriesDigestsRequest.$Shape;
            static create(properties?: ingester.v1.SeriesDigestsRequest.$Properties): ingester.v1.SeriesDigestsRequest;

            /**
             * Encodes the specified SeriesDigestsRequest message. Does not implicitly {@link ingester.v1.SeriesDigestsRequest.verify|verify} messages.
             * @param message SeriesDigestsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ingester.v1.SeriesDigestsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SeriesDigestsRequest message, length delimited. Does not implicitly {@link ingester.v1.SeriesDigestsRequest.verify|verify} messages.
             * @param message SeriesDigestsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ingester.v1.SeriesDigestsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SeriesDigestsRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ingester.v1.SeriesDigestsRequest & ingester.v1.SeriesDigestsRequest.$Shape} SeriesDigestsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingester.v1.SeriesDigestsRequest & ingester.v1.SeriesDigestsRequest.$Shape;

            /**
             * Decodes a SeriesDigestsRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ingester.v1.SeriesDigestsRequest & ingester.v1.SeriesDigestsRequest.$Shape} SeriesDigestsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingester.v1.SeriesDigestsRequest & ingester.v1.SeriesDigestsRequest.$Shape;

            /**
             * Verifies a SeriesDigestsRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SeriesDigestsRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SeriesDigestsRequest
             */
            static fromObject(object: { [k: string]: any }): ingester.v1.SeriesDigestsRequest;

            /**
             * Creates a plain object from a SeriesDigestsRequest message. Also converts values to other types if specified.
             * @param message SeriesDigestsRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ingester.v1.SeriesDigestsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SeriesDigestsRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SeriesDigestsRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SeriesDigestsRequest {

            /** Properties of a SeriesDigestsRequest. */
            interface $Properties {

                /** SeriesDigestsRequest selector */
                selector?: (ingester.v1.ProfileSelector.$Properties|null);

                /** SeriesDigestsRequest stepMs */
                stepMs?: (number|null);

                /** SeriesDigestsRequest onlyLabelNames */
                onlyLabelNames?: (boolean|null);

                /** SeriesDigestsRequest labelNames */
                labelNames?: (string[]|null);

                /** SeriesDigestsRequest render */
                render?: (ingester.v1.SeriesRender.$Properties|null);

                /** SeriesDigestsRequest withoutSteps */
                withoutSteps?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SeriesDigestsRequest. */
            type $Shape = ingester.v1.SeriesDigestsRequest.$Properties;
        }

        /**
         * Properties of a SeriesRender.
         * @deprecated Use ingester.v1.SeriesRender.$Properties instead.
         */
        interface ISeriesRender extends ingester.v1.SeriesRender.$Properties {
        }

        /** Represents a SeriesRender. */
        class SeriesRender {

            /**
             * Constructs a new SeriesRender.
             * @param [properties] Properties to set
             */
            constructor(properties?: ingester.v1.SeriesRender.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SeriesRender stepSeconds. */
            stepSeconds: number;

            /** SeriesRender aggregation. */
            aggregation: types.v1.TimeSeriesAggregationType;

            /** SeriesRender gzip. */
            gzip: boolean;

            /** SeriesRender groupBy. */
            groupBy: string[];

            /**
             * Creates a new SeriesRender instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SeriesRender instance
             */
            static create(properties: ingester.v1.SeriesRender.$Shape): ingester.v1.SeriesRender & ingester.v1.SeriesRender.$Shape;
            static create(properties?: ingester.v1.SeriesRender.$Properties): ingester.v1.SeriesRender;

            /**
             * Encodes the specified SeriesRender message. Does not implicitly {@link ingester.v1.SeriesRender.verify|verify} messages.
             * @param message SeriesRender message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ingester.v1.SeriesRender.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SeriesRender message, length delimited. Does not implicitly {@link ingester.v1.SeriesRender.verify|verify} messages.
             * @param message SeriesRender message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ingester.v1.SeriesRender.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SeriesRender message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ingester.v1.SeriesRender & ingester.v1.SeriesRender.$Shape} SeriesRender
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingester.v1.SeriesRender & ingester.v1.SeriesRender.$Shape;

            /**
             * Decodes a SeriesRender message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ingester.v1.SeriesRender & ingester.v1.SeriesRender.$Shape} SeriesRender
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingester.v1.SeriesRender & ingester.v1.SeriesRender.$Shape;

            /**
             * Verifies a SeriesRender message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SeriesRender message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SeriesRender
             */
            static fromObject(object: { [k: string]: any }): ingester.v1.SeriesRender;

            /**
             * Creates a plain object from a SeriesRender message. Also converts values to other types if specified.
             * @param message SeriesRender
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ingester.v1.SeriesRender, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SeriesRender to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SeriesRender
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SeriesRender {

            /** Properties of a SeriesRender. */
            interface $Properties {

                /** SeriesRender stepSeconds */
                stepSeconds?: (number|null);

                /** SeriesRender aggregation */
                aggregation?: (types.v1.TimeSeriesAggregationType|null);

                /** SeriesRender gzip */
                gzip?: (boolean|null);

                /** SeriesRender groupBy */
                groupBy?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SeriesRender. */
            type $Shape = ingester.v1.SeriesRender.$Properties;
        }

        /**
         * Properties of a SeriesDigest.
         * @deprecated Use ingester.v1.SeriesDigest.$Properties instead.
         */
        interface ISeriesDigest extends ingester.v1.SeriesDigest.$Properties {
        }

        /** Represents a SeriesDigest. */
        class SeriesDigest {

            /**
             * Constructs a new SeriesDigest.
             * @param [properties] Properties to set
             */
            constructor(properties?: ingester.v1.SeriesDigest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SeriesDigest seriesFingerprint. */
            seriesFingerprint: string;

            /** SeriesDigest labels. */
            labels?: (types.v1.Labels.$Properties|null);

            /** SeriesDigest count. */
            count: number;

            /** SeriesDigest digestLo. */
            digestLo: number;

            /** SeriesDigest digestHi. */
            digestHi: number;

            /** SeriesDigest blockCount. */
            blockCount: number;

            /** SeriesDigest blockDigestLo. */
            blockDigestLo: number;

            /** SeriesDigest blockDigestHi. */
            blockDigestHi: number;

            /** SeriesDigest stepTime. */
            stepTime: number[];

            /** SeriesDigest stepSum. */
            stepSum: number[];

            /** SeriesDigest stepCount. */
            stepCount: number[];

            /**
             * Creates a new SeriesDigest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SeriesDigest instance
             */
            static create(properties: ingester.v1.SeriesDigest.$Shape): ingester.v1.SeriesDigest & ingester.v1.SeriesDigest.$Shape;
            static create(properties?: ingester.v1.SeriesDigest.$Properties): ingester.v1.SeriesDigest;

            /**
             * Encodes the specified SeriesDigest message. Does not implicitly {@link ingester.v1.SeriesDigest.verify|verify} messages.
             * @param message SeriesDigest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ingester.v1.SeriesDigest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SeriesDigest message, length delimited. Does not implicitly {@link ingester.v1.SeriesDigest.verify|verify} messages.
             * @param message SeriesDigest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ingester.v1.SeriesDigest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SeriesDigest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ingester.v1.SeriesDigest & ingester.v1.SeriesDigest.$Shape} SeriesDigest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingester.v1.SeriesDigest & ingester.v1.SeriesDigest.$Shape;

            /**
             * Decodes a SeriesDigest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ingester.v1.SeriesDigest & ingester.v1.SeriesDigest.$Shape} SeriesDigest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingester.v1.SeriesDigest & ingester.v1.SeriesDigest.$Shape;

            /**
             * Verifies a SeriesDigest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SeriesDigest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SeriesDigest
             */
            static fromObject(object: { [k: string]: any }): ingester.v1.SeriesDigest;

            /**
             * Creates a plain object from a SeriesDigest message. Also converts values to other types if specified.
             * @param message SeriesDigest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ingester.v1.SeriesDigest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SeriesDigest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SeriesDigest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SeriesDigest {

            /** Properties of a SeriesDigest. */
            interface $Properties {

                /** SeriesDigest seriesFingerprint */
                seriesFingerprint?: (string|null);

                /** SeriesDigest labels */
                labels?: (types.v1.Labels.$Properties|null);

                /** SeriesDigest count */
                count?: (number|null);

                /** SeriesDigest digestLo */
                digestLo?: (number|null);

                /** SeriesDigest digestHi */
                digestHi?: (number|null);

                /** SeriesDigest blockCount */
                blockCount?: (number|null);

                /** SeriesDigest blockDigestLo */
                blockDigestLo?: (number|null);

                /** SeriesDigest blockDigestHi */
                blockDigestHi?: (number|null);

                /** SeriesDigest stepTime */
                stepTime?: (number[]|null);

                /** SeriesDigest stepSum */
                stepSum?: (number[]|null);

                /** SeriesDigest stepCount */
                stepCount?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SeriesDigest. */
            type $Shape = ingester.v1.SeriesDigest.$Properties;
        }

        /**
         * Properties of a SeriesDigestsResponse.
         * @deprecated Use ingester.v1.SeriesDigestsResponse.$Properties instead.
         */
        interface ISeriesDigestsResponse extends ingester.v1.SeriesDigestsResponse.$Properties {
        }

        /** Represents a SeriesDigestsResponse. */
        class SeriesDigestsResponse {

            /**
             * Constructs a new SeriesDigestsResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: ingester.v1.SeriesDigestsResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SeriesDigestsResponse series. */
            series: ingester.v1.SeriesDigest.$Properties[];

            /** SeriesDigestsResponse blocks. */
            blocks: string[];

            /** SeriesDigestsResponse mergesWithDigests. */
            mergesWithDigests: boolean;

            /** SeriesDigestsResponse renderedSeries. */
            renderedSeries: Uint8Array;

            /** SeriesDigestsResponse renderedSeriesGzip. */
            renderedSeriesGzip: boolean;

            /** SeriesDigestsResponse rendersSeries. */
            rendersSeries: boolean;

            /**
             * Creates a new SeriesDigestsResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SeriesDigestsResponse instance
             */
            static create(properties: ingester.v1.SeriesDigestsResponse.$Shape): ingester.v1.SeriesDigestsResponse & ingester.v1.SeriesDigestsResponse.$Shape;
            static create(properties?: ingester.v1.SeriesDigestsResponse.$Properties): ingester.v1.SeriesDigestsResponse;

            /**
             * Encodes the specified SeriesDigestsResponse message. Does not implicitly {@link ingester.v1.SeriesDigestsResponse.verify|verify} messages.
             * @param message SeriesDigestsResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ingester.v1.SeriesDigestsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SeriesDigestsResponse message, length delimited. Does not implicitly {@link ingester.v1.SeriesDigestsResponse.verify|verify} messages.
             * @param message SeriesDigestsResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ingester.v1.SeriesDigestsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SeriesDigestsResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ingester.v1.SeriesDigestsResponse & ingester.v1.SeriesDigestsResponse.$Shape} SeriesDigestsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingester.v1.SeriesDigestsResponse & ingester.v1.SeriesDigestsResponse.$Shape;

            /**
             * Decodes a SeriesDigestsResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ingester.v1.SeriesDigestsResponse & ingester.v1.SeriesDigestsResponse.$Shape} SeriesDigestsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingester.v1.SeriesDigestsResponse & ingester.v1.SeriesDigestsResponse.$Shape;

            /**
             * Verifies a SeriesDigestsResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SeriesDigestsResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SeriesDigestsResponse
             */
            static fromObject(object: { [k: string]: any }): ingester.v1.SeriesDigestsResponse;

            /**
             * Creates a plain object from a SeriesDigestsResponse message. Also converts values to other types if specified.
             * @param message SeriesDigestsResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ingester.v1.SeriesDigestsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SeriesDigestsResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SeriesDigestsResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SeriesDigestsResponse {

            /** Properties of a SeriesDigestsResponse. */
            interface $Properties {

                /** SeriesDigestsResponse series */
                series?: (ingester.v1.SeriesDigest.$Properties[]|null);

                /** SeriesDigestsResponse blocks */
                blocks?: (string[]|null);

                /** SeriesDigestsResponse mergesWithDigests */
                mergesWithDigests?: (boolean|null);

                /** SeriesDigestsResponse renderedSeries */
                renderedSeries?: (Uint8Array|null);

                /** SeriesDigestsResponse renderedSeriesGzip */
                renderedSeriesGzip?: (boolean|null);

                /** SeriesDigestsResponse rendersSeries */
                rendersSeries?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SeriesDigestsResponse. */
            type $Shape = ingester.v1.SeriesDigestsResponse.$Properties;
        }

        /**
         * Properties of a Stack.
         * @deprecated Use ingester.v1.Stack.$Properties instead.
         */
        interface IStack extends ingester.v1.Stack.$Properties {
        }

        /** Represents a Stack. */
        class Stack {

            /**
             * Constructs a new Stack.
             * @param [properties] Properties to set
             */
            constructor(properties?: ingester.v1.Stack.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Stack nameIds. */
            nameIds: number[];

            /** Stack value. */
            value: number;

            /**
             * Creates a new Stack instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Stack instance
             */
            static create(properties: ingester.v1.Stack.$Shape): ingester.v1.Stack & ingester.v1.Stack.$Shape;
            static create(properties?: ingester.v1.Stack.$Properties): ingester.v1.Stack;

            /**
             * Encodes the specified Stack message. Does not implicitly {@link ingester.v1.Stack.verify|verify} messages.
             * @param message Stack message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ingester.v1.Stack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Stack message, length delimited. Does not implicitly {@link ingester.v1.Stack.verify|verify} messages.
             * @param message Stack message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ingester.v1.Stack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Stack message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ingester.v1.Stack & ingester.v1.Stack.$Shape} Stack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingester.v1.Stack & ingester.v1.Stack.$Shape;

            /**
             * Decodes a Stack message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ingester.v1.Stack & ingester.v1.Stack.$Shape} Stack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingester.v1.Stack & ingester.v1.Stack.$Shape;

            /**
             * Verifies a Stack message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Stack message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Stack
             */
            static fromObject(object: { [k: string]: any }): ingester.v1.Stack;

            /**
             * Creates a plain object from a Stack message. Also converts values to other types if specified.
             * @param message Stack
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ingester.v1.Stack, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Stack to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Stack
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Stack {

            /** Properties of a Stack. */
            interface $Properties {

                /** Stack nameIds */
                nameIds?: (number[]|null);

                /** Stack value */
                value?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Stack. */
            type $Shape = ingester.v1.Stack.$Properties;
        }

        /**
         * Properties of a FlushRequest.
         * @deprecated Use ingester.v1.FlushRequest.$Properties instead.
         */
        interface IFlushRequest extends ingester.v1.FlushRequest.$Properties {
        }

        /** Represents a FlushRequest. */
        class FlushRequest {

            /**
             * Constructs a new FlushRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: ingester.v1.FlushRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new FlushRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FlushRequest instance
             */
            static create(properties: ingester.v1.FlushRequest.$Shape): ingester.v1.FlushRequest & ingester.v1.FlushRequest.$Shape;
            static create(properties?: ingester.v1.FlushRequest.$Properties): ingester.v1.FlushRequest;

            /**
             * Encodes the specified FlushRequest message. Does not implicitly {@link ingester.v1.FlushRequest.verify|verify} messages.
             * @param message FlushRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ingester.v1.FlushRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified FlushRequest message, length delimited. Does not implicitly {@link ingester.v1.FlushRequest.verify|verify} messages.
             * @param message FlushRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ingester.v1.FlushRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FlushRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ingester.v1.FlushRequest & ingester.v1.FlushRequest.$Shape} FlushRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingester.v1.FlushRequest & ingester.v1.FlushRequest.$Shape;

            /**
             * Decodes a FlushRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ingester.v1.FlushRequest & ingester.v1.FlushRequest.$Shape} FlushRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingester.v1.FlushRequest & ingester.v1.FlushRequest.$Shape;

            /**
             * Verifies a FlushRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FlushRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FlushRequest
             */
            static fromObject(object: { [k: string]: any }): ingester.v1.FlushRequest;

            /**
             * Creates a plain object from a FlushRequest message. Also converts values to other types if specified.
             * @param message FlushRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ingester.v1.FlushRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FlushRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FlushRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FlushRequest {

            /** Properties of a FlushRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FlushRequest. */
            type $Shape = ingester.v1.FlushRequest.$Properties;
        }

        /**
         * Properties of a FlushResponse.
         * @deprecated Use ingester.v1.FlushResponse.$Properties instead.
         */
        interface IFlushResponse extends ingester.v1.FlushResponse.$Properties {
        }

        /** Represents a FlushResponse. */
        class FlushResponse {

            /**
             * Constructs a new FlushResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: ingester.v1.FlushResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FlushResponse blocks. */
            blocks: string[];

            /**
             * Creates a new FlushResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FlushResponse instance
             */
            static create(properties: ingester.v1.FlushResponse.$Shape): ingester.v1.FlushResponse & ingester.v1.FlushResponse.$Shape;
            static create(properties?: ingester.v1.FlushResponse.$Properties): ingester.v1.FlushResponse;

            /**
             * Encodes the specified FlushResponse message. Does not implicitly {@link ingester.v1.FlushResponse.verify|verify} messages.
             * @param message FlushResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ingester.v1.FlushResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified FlushResponse message, length delimited. Does not implicitly {@link ingester.v1.FlushResponse.verify|verify} messages.
             * @param message FlushResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ingester.v1.FlushResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FlushResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ingester.v1.FlushResponse & ingester.v1.FlushResponse.$Shape} FlushResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingester.v1.FlushResponse & ingester.v1.FlushResponse.$Shape;

            /**
             * Decodes a FlushResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ingester.v1.FlushResponse & ingester.v1.FlushResponse.$Shape} FlushResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingester.v1.FlushResponse & ingester.v1.FlushResponse.$Shape;

            /**
             * Verifies a FlushResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FlushResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FlushResponse
             */
            static fromObject(object: { [k: string]: any }): ingester.v1.FlushResponse;

            /**
             * Creates a plain object from a FlushResponse message. Also converts values to other types if specified.
             * @param message FlushResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ingester.v1.FlushResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FlushResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FlushResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FlushResponse {

            /** Properties of a FlushResponse. */
            interface $Properties {

                /** FlushResponse blocks */
                blocks?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FlushResponse. */
            type $Shape = ingester.v1.FlushResponse.$Properties;
        }
    }
}
