// The game's own Phaser build: only the parts the scenes use (the game, scenes with their
// cameras, events, scene plugin and input, images from canvas textures, the scale manager),
// built from Phaser's CommonJS source. Modules are required in the order of Phaser's own
// entry (src/phaser.js) so its circular requires resolve as they do there; scene plugins
// register themselves with Phaser's plugin cache when required. Sound, the loader, tweens,
// timers, text, graphics, filters and physics are left out. vite.config.ts points 'phaser'
// here for the production build and sets Phaser's build flags (WebGL only, no Phaser sound).
// A scene that uses a part not listed here fails in the browser tests, which run the build.
'use strict';

require('phaser-src/polyfills/requestVideoFrame');

const CONST = require('phaser-src/const');
const Extend = require('phaser-src/utils/object/Extend');

// Phaser's entry reaches the renderer's index before the game: its WebGL render nodes
// require each other in a cycle that only resolves when entered from there.
require('phaser-src/renderer');
require('phaser-src/cameras/2d/CameraManager');
const CoreEvents = require('phaser-src/core/events');
require('phaser-src/events/EventEmitter');
const Game = require('phaser-src/core/Game');
require('phaser-src/gameobjects/DisplayList');
require('phaser-src/gameobjects/GameObjectFactory');
require('phaser-src/gameobjects/UpdateList');
const Image = require('phaser-src/gameobjects/image/Image');
require('phaser-src/gameobjects/image/ImageFactory');
const InputEvents = require('phaser-src/input/events');
require('phaser-src/input/InputPlugin');
const Vector2 = require('phaser-src/math/Vector2');
const ScaleEvents = require('phaser-src/scale/events');
const ScaleModes = require('phaser-src/scale/const/SCALE_MODE_CONST');
const Scene = require('phaser-src/scene/Scene');
const SceneEvents = require('phaser-src/scene/events');
require('phaser-src/scene/ScenePlugin');

const Phaser = {
  Core: { Events: CoreEvents },
  Game,
  GameObjects: { Image },
  Input: { Events: InputEvents },
  Math: { Vector2 },
  Scale: Extend(false, { Events: ScaleEvents }, ScaleModes),
  Scene,
  Scenes: { Events: SceneEvents },
};

module.exports = Extend(false, Phaser, CONST);
